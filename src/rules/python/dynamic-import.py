import importlib
import sys

def plugin(request):
    # ruleid: python.dynamic-import-input
    mod = importlib.import_module(request.args.get("plugin"))
    # ruleid: python.dynamic-import-input
    other = __import__(sys.argv[1])
    # ok: python.dynamic-import-input
    json_mod = importlib.import_module("json")
    # ok: python.dynamic-import-input
    loaded = importlib.import_module(PLUGINS[name])
    return mod, other, json_mod, loaded
