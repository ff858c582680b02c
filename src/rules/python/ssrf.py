import requests
import urllib.request
from flask import Flask, request
from urllib.parse import urlparse

app = Flask(__name__)

@app.route("/proxy")
def proxy():
    # ruleid: python.ssrf
    return requests.get(request.args["url"]).text

@app.route("/fetch")
def fetch():
    url = request.args.get("url")
    # ruleid: python.ssrf
    data = urllib.request.urlopen(url).read()
    return data

@app.route("/avatar")
def avatar():
    target = request.form.get("image_url")
    # ruleid: python.ssrf
    resp = requests.get(target, timeout=5)
    return resp.content

@app.route("/checked")
def checked():
    url = request.args.get("url")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: python.ssrf
    return requests.get(url, timeout=5).text

@app.route("/weather")
def weather():
    city = request.args.get("city")
    # ok: python.ssrf
    return requests.get("https://api.weather.example/v1", params={"q": city}).text

def lookup(data):
    # ok: python.ssrf
    return data.get(request.args["key"])
