def rank(scene, date, pid, term):
    # ruleid: python.sql-formatted-value
    sql = "SELECT * FROM ranks WHERE scene = '{}' and date='{}'".format(scene, date)
    # ruleid: python.sql-formatted-value
    q = "SELECT tag FROM tags WHERE rowid = '" + str(pid) + "'"
    # ruleid: python.sql-formatted-value
    text = f"UPDATE users SET name = '{scene}' WHERE id = {pid}"
    # ruleid: python.sql-formatted-value
    stmt = """select users.name from users, post where users.userid=post.userid and post.postid=%d""" % (pid)
    # ok: python.sql-formatted-value
    q2 = "SELECT * FROM {0} WHERE path = ?;".format(TABLE_NAME)
    # ok: python.sql-formatted-value
    q3 = "SELECT * FROM ranks WHERE scene = %s"
    # ok: python.sql-formatted-value
    msg = "Please select a value from the list: {}".format(term)
    return sql, q, text, stmt, q2, q3, msg
