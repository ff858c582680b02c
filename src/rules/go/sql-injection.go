package store

import (
	"context"
	"database/sql"
	"fmt"
)

func FindUser(db *sql.DB, name string) (*sql.Rows, error) {
	// ruleid: go.sql-injection
	return db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
}

func DeleteSession(ctx context.Context, db *sql.DB, id string) error {
	// ruleid: go.sql-injection
	_, err := db.ExecContext(ctx, "DELETE FROM sessions WHERE id = '"+id+"'")
	return err
}

func Count(db *sql.DB, table string) int {
	var n int
	query := fmt.Sprintf("SELECT COUNT(*) FROM %s", table)
	// ruleid: go.sql-injection
	if err := db.QueryRow(query).Scan(&n); err != nil {
		return 0
	}
	return n
}

func Orders(db *sql.DB, user string) (*sql.Rows, error) {
	q := "SELECT id FROM orders WHERE owner = '" + user + "'"
	// ruleid: go.sql-injection
	rows, err := db.Query(q)
	return rows, err
}

func Safe(ctx context.Context, db *sql.DB, name string) (*sql.Rows, error) {
	// ok: go.sql-injection
	rows, err := db.QueryContext(ctx, "SELECT * FROM users WHERE name = $1", name)
	query := "SELECT * FROM users WHERE name = ?"
	// ok: go.sql-injection
	rows2, err2 := db.Query(query, name)
	msg := fmt.Sprintf("user %s", name)
	// ok: go.sql-injection
	cache.Get(msg)
	_ = rows2
	_ = err2
	return rows, err
}

func Gorm(db *gorm.DB, name string, sort string) {
	var users []User
	// ruleid: go.sql-injection
	db.Where(fmt.Sprintf("name = '%s'", name)).Find(&users)
	// ruleid: go.sql-injection
	db.Order(sort + " desc").Find(&users)
	// ok: go.sql-injection
	db.Where("name = ?", name).Find(&users)
}
