import os

def crash():
    # ruleid: bash.fork-bomb
    while True: os.fork()

def worker():
    # ok: bash.fork-bomb
    pid = os.fork()
