def names(table, name):
    # ruleid: python.sql-formatted-string
    q = "SELECT * FROM {0} WHERE path = ?;".format(table)
    # ruleid: python.sql-formatted-string
    d = "DROP TABLE %s" % table
    # ruleid: python.sql-formatted-string
    c = f"select count(*) from {table}"
    # ok: python.sql-formatted-string
    q3 = "SELECT * FROM ranks WHERE scene = %s"
    # ok: python.sql-formatted-string
    msg = "Please select a value from the list: {}".format(name)
    # ok: python.sql-formatted-string
    label = "Update %s settings" % name
    return q, d, c, q3, msg, label
