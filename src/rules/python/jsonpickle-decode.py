import jsonpickle
import json

def parse(response):
    # ruleid: python.jsonpickle-decode
    obj = jsonpickle.decode(response.text)
    # ruleid: python.jsonpickle-decode
    other = jsonpickle.Unpickler().restore(json.loads(response.text))
    # ok: python.jsonpickle-decode
    text = jsonpickle.encode(obj)
    # ok: python.jsonpickle-decode
    plain = json.loads(response.text)
    return obj, other, text, plain
