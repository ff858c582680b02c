import torch
import numpy as np

def restore(path):
    # ruleid: python.ml-model-pickle
    state = torch.load(path)
    # ruleid: python.ml-model-pickle
    arr = np.load(path, allow_pickle=True)
    # ok: python.ml-model-pickle
    weights = torch.load(path, weights_only=True)
    # ok: python.ml-model-pickle
    plain = np.load(path)
    return state, arr, weights, plain
