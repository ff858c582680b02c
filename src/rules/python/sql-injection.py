import sqlite3

def get_moves(cursor, game):
    # ruleid: python.sql-injection
    cursor.execute("SELECT x, y FROM moves WHERE gameID = %d;" % game)
    return cursor.fetchall()

def insert_usage(c, date, user, command):
    # ruleid: python.sql-injection
    c.execute("INSERT INTO usage (date,user,command) VALUES ('" + date + "','" + str(user) + "','" + command + "')")

def find_user(db, name):
    # ruleid: python.sql-injection
    rows = db.cursor().execute(f"SELECT * FROM users WHERE name = '{name}'").fetchall()
    # ruleid: python.sql-injection
    db.execute("DELETE FROM sessions WHERE user = '{}'".format(name))
    # ruleid: python.sql-injection
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name)
    # ruleid: python.sql-injection
    result = session.execute(text(f"SELECT id FROM users WHERE name = '{name}'"))
    return rows, users, result

def rank(db, scene):
    sql = 'select count(*) from ranks where scene="{}";'.format(scene)
    # ruleid: python.sql-injection
    res = db.exec(sql)
    return res

def items(cursor, item_id):
    sql = '''SELECT id, name FROM tblItem WHERE id = {} AND auctionable = true;'''.format(item_id)
    try:
        # ruleid: python.sql-injection
        cursor.execute(sql)
    finally:
        cursor.close()

def tag(self, tid):
    q = "SELECT tag FROM tid_tag WHERE tid = '" + str(tid) + "'"
    # ruleid: python.sql-injection
    return self.query(q).fetchall()

def safe(cursor, name, game):
    # ok: python.sql-injection
    cursor.execute("SELECT x, y FROM moves WHERE gameID = %s;", (game,))
    # ok: python.sql-injection
    cursor.execute("SELECT * FROM users WHERE name = ?", [name])
    query = "SELECT * FROM users WHERE name = %s"
    # ok: python.sql-injection
    cursor.execute(query, (name,))
    msg = "user {} logged in".format(name)
    # ok: python.sql-injection
    logger.execute(msg)
    # ok: python.sql-injection
    session.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name})
    # ok: python.sql-injection
    api.query("name:" + name)

def create_db(cursor, name, owner):
    sql = 'CREATE DATABASE {name} WITH OWNER {owner}'
    # ruleid: python.sql-injection
    cursor.execute(sql.format(name=name, owner=owner))

def django_extra(qs, name):
    # ruleid: python.sql-injection
    return qs.extra(where=["name = '%s'" % name])

def django_extra_safe(qs, name):
    # ok: python.sql-injection
    return qs.extra(where=["name = %s"], params=[name])
