from django.utils.safestring import mark_safe
from django.utils.html import escape

def render(result, comment):
    # ruleid: python.mark-safe-variable
    out = mark_safe(result)
    # ruleid: python.mark-safe-variable
    body = mark_safe(comment.text)
    # ok: python.mark-safe-variable
    fine = mark_safe(escape(comment.text))
    # ok: python.mark-safe-variable
    const = mark_safe("<br>")
    return out, body, fine, const
