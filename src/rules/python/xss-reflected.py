from flask import Flask, request, make_response, render_template
from markupsafe import escape
from django.http import HttpResponse

app = Flask(__name__)

@app.route("/hello")
def hello():
    # ruleid: python.xss-reflected
    return "<h1>Hello " + request.args.get("name", "") + "</h1>"

@app.route("/search")
def search():
    q = request.args.get("q")
    # ruleid: python.xss-reflected
    return f"<p>No results for {q}</p>"

def view(request):
    user = request.GET.get("user")
    # ruleid: python.xss-reflected
    return HttpResponse("<div>Welcome, %s</div>" % user)

@app.route("/comment", methods=["POST"])
def comment():
    # ruleid: python.xss-reflected
    return make_response("<p>{}</p>".format(request.form["text"]))

@app.route("/safe")
def safe():
    name = request.args.get("name", "")
    # ok: python.xss-reflected
    return f"<h1>Hello {escape(name)}</h1>"

@app.route("/template")
def template():
    name = request.args.get("name", "")
    # ok: python.xss-reflected
    return render_template("hello.html", name=name)

def greeting(name):
    # ok: python.xss-reflected
    return "Hello " + name
