import random
import secrets
from random import randint

def roll():
    # ruleid: python.random-module
    n = random.randint(1, 6)
    # ruleid: python.random-module
    m = randint(1, 6)
    # ruleid: python.random-module
    random.seed(42)
    # ok: python.random-module
    k = secrets.randbelow(6)
    # ok: python.random-module
    rng = random.SystemRandom()
    # ok: python.random-module
    v = np.random.default_rng().integers(6)
    return n, m, k, rng, v
