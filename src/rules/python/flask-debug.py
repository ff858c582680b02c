import os
from flask import Flask

app = Flask(__name__)
# ruleid: python.debug-mode
app.config["DEBUG"] = True
# ruleid: python.debug-mode
DEBUG = True
# ok: python.debug-mode
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
# ok: python.debug-mode
app.config["TESTING"] = True

if __name__ == "__main__":
    # ruleid: python.debug-mode
    app.run(host="127.0.0.1", debug=True)
    # ok: python.debug-mode
    app.run(host="0.0.0.0", port=8080)
    # ok: python.debug-mode
    app.run(debug=False)
