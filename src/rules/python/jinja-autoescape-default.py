from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: python.jinja-autoescape-default
env = Environment(loader=FileSystemLoader("templates"))
# ok: python.jinja-autoescape-default
good = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
