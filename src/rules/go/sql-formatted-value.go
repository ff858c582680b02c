package store

import "fmt"

func queries(name string, id int, table string) []string {
	return []string{
		// ruleid: go.sql-formatted-value
		fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name),
		// ruleid: go.sql-formatted-value
		"SELECT * FROM orders WHERE id = " + fmt.Sprint(id),
		// ruleid: go.sql-formatted-value
		fmt.Sprintf(`UPDATE users SET email = '%s' WHERE id = %d`, name, id),
		// ok: go.sql-formatted-value
		fmt.Sprintf("SELECT * FROM %s WHERE id = $1", table),
		// ok: go.sql-formatted-value
		"SELECT * FROM users WHERE name = $1",
		// ok: go.sql-formatted-value
		fmt.Sprintf("select a file from %s", name),
	}
}
