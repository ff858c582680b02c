import pickle
import cPickle
import shelve
import marshal
import pandas as pd
import json

def load_model(path, blob):
    with open(path, "rb") as f:
        # ruleid: python.pickle-load
        model = pickle.load(f)
    # ruleid: python.pickle-load
    state = cPickle.loads(blob)
    # ruleid: python.pickle-load
    db = shelve.open("cache.db")
    # ruleid: python.pickle-load
    code = marshal.loads(blob)
    # ruleid: python.pickle-load
    frame = pd.read_pickle(path)
    # ruleid: python.pickle-load
    obj = pickle.Unpickler(open(path, "rb")).load()
    return model, state, db, code, frame, obj

def safe(blob, obj):
    # ok: python.pickle-load
    data = json.loads(blob)
    # ok: python.pickle-load
    raw = pickle.dumps(obj)
    # ok: python.pickle-load
    clone = pickle.loads(pickle.dumps(obj))
    return data, raw, clone
    # ok: python.pickle-load
    # state = pickle.loads(blob)
