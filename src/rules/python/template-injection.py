from flask import Flask, request, render_template_string
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: python.template-injection
    return render_template_string("<h1>Hello " + name + "</h1>")

@app.route("/page")
def page():
    # ruleid: python.template-injection
    return render_template_string(request.args["tpl"])

def report(title):
    # ruleid: python.template-injection
    return Template(f"<h2>{title}</h2>{{{{ body }}}}").render(body="x")

def greet(user):
    # ruleid: python.template-injection
    return env.from_string("Hi %s" % user).render()

@app.route("/safe")
def safe():
    name = request.args.get("name", "")
    # ok: python.template-injection
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)
