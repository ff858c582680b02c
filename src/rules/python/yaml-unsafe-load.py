import yaml
from yaml import Loader

def read_config(stream, path):
    # ruleid: python.yaml-unsafe-load
    config = yaml.load(stream, Loader=Loader)
    # ruleid: python.yaml-unsafe-load
    data = yaml.load(open(path))
    # ruleid: python.yaml-unsafe-load
    more = yaml.unsafe_load(stream)
    # ruleid: python.yaml-unsafe-load
    docs = list(yaml.load_all(stream, Loader=yaml.FullLoader))
    # ok: python.yaml-unsafe-load
    safe = yaml.safe_load(stream)
    # ok: python.yaml-unsafe-load
    also_safe = yaml.load(stream, Loader=yaml.SafeLoader)
    # ok: python.yaml-unsafe-load
    fast_safe = yaml.load(stream, Loader=yaml.CSafeLoader)
    # ok: python.yaml-unsafe-load
    text = yaml.dump(config)
    return config, data, more, docs, safe, also_safe, fast_safe, text
