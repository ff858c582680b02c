package store

import "fmt"

func queries(name string, table string) []string {
	return []string{
		// ruleid: go.sql-formatted-string
		fmt.Sprintf("SELECT * FROM %s WHERE id = $1", table),
		// ruleid: go.sql-formatted-string
		"DELETE FROM " + table,
		// ok: go.sql-formatted-string
		"SELECT * FROM users WHERE name = $1",
		// ok: go.sql-formatted-string
		fmt.Sprintf("Please select a value from the list: %s", name),
	}
}
