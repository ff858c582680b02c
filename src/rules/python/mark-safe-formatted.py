from markupsafe import Markup, escape
from django.utils.safestring import mark_safe
from django.utils.html import format_html

def badge(name, url):
    # ruleid: python.mark-safe-formatted
    html = Markup("<b>%s</b>" % name)
    # ruleid: python.mark-safe-formatted
    link = mark_safe(f'<a href="{url}">{name}</a>')
    # ruleid: python.mark-safe-formatted
    item = mark_safe("<li>{}</li>".format(name))
    # ok: python.mark-safe-formatted
    good = Markup("<b>{}</b>").format(name)
    # ok: python.mark-safe-formatted
    also = format_html('<a href="{}">{}</a>', url, name)
    # ok: python.mark-safe-formatted
    const = mark_safe("<hr>")
    return html, link, item, good, also, const
