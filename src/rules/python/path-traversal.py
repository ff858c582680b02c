import os
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"

@app.route("/read")
def read():
    # ruleid: python.path-traversal
    with open(request.args["name"]) as f:
        return f.read()

@app.route("/download")
def download():
    # ruleid: python.path-traversal
    return send_file(os.path.join(BASE, request.args.get("file")))

@app.route("/img")
def img():
    name = request.args.get("name")
    # ruleid: python.path-traversal
    return send_file(f"images/{name}")

@app.route("/delete", methods=["POST"])
def delete():
    filename = request.form["filename"]
    # ruleid: python.path-traversal
    path = os.path.join(BASE, filename)
    if os.path.exists(path):
        # ok: python.path-traversal
        os.remove(path)
    return "ok"

@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = f.filename
    # ok: python.path-traversal
    target = os.path.join(BASE, secure_filename(f.filename))
    f.save(target)
    return "saved"

@app.route("/safe")
def safe():
    name = request.args.get("name")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        return "forbidden", 403
    # ok: python.path-traversal
    return send_file(full)

@app.route("/static")
def static_file():
    # ok: python.path-traversal
    return send_from_directory(BASE, request.args["name"])

def main():
    # ok: python.path-traversal
    with open("config.json") as f:
        return f.read()
