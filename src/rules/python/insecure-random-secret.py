import random
import secrets
import string
from random import randint

def make_user():
    # ruleid: python.insecure-random-secret
    token = ''.join(random.choice(string.ascii_letters) for _ in range(32))
    # ruleid: python.insecure-random-secret
    salt = str(randint(1, 199)) + "x"
    # ruleid: python.insecure-random-secret
    user = User(username="user" + str(randint(0, 1000)), password="pass" + str(randint(0, 1000)))
    # ruleid: python.insecure-random-secret
    self.sessionKey = random.getrandbits(128)
    # ok: python.insecure-random-secret
    good = secrets.token_urlsafe(32)
    # ok: python.insecure-random-secret
    token = ''.join(secrets.choice(string.ascii_letters) for _ in range(32))
    # ok: python.insecure-random-secret
    delay = random.uniform(0.5, 1.5)
    # ok: python.insecure-random-secret
    spin = random.random()
    return token, salt, user, good, delay, spin

# ruleid: python.insecure-random-secret
def generate_reset_code(length=6):
    digits = [random.randint(0, 9) for _ in range(length)]
    return "".join(str(d) for d in digits) + str(random.randint(0, 9))

# ok: python.insecure-random-secret
def pick_colour():
    return random.choice(["red", "green"])

def random_string(n):
    # ruleid: python.insecure-random-secret
    return ''.join(random.choice(string.ascii_uppercase + string.digits) for _ in range(n))

def code(length, chars):
    # ruleid: python.insecure-random-secret
    return ''.join(random.sample(chars, length))

def shuffle_deck(deck):
    # ok: python.insecure-random-secret
    return random.sample(deck, len(deck))
