import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: python.jinja-autoescape-disabled
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
# ruleid: python.jinja-autoescape-disabled
raw = jinja2.Template("<p>{{ body }}</p>", autoescape=False)
# ok: python.jinja-autoescape-disabled
good = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
# ok: python.jinja-autoescape-disabled
also = Environment(autoescape=True)
