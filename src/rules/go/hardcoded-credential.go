package config

// ruleid: go.hardcoded-credential
const apiKey = "sk_live_51HxT9aKfj2LmQ"

// ruleid: go.hardcoded-credential
var DBPassword = "hunter2"

func connect() {
	// ruleid: go.hardcoded-credential
	password := "s3cr3t!"
	// ruleid: go.hardcoded-credential
	cfg := Config{Host: "db", User: "app", Password: "admin123"}
	// ruleid: go.hardcoded-credential
	headers := map[string]string{"X-Api-Key": "a8f5f167f44f4964e6c998dee827110c"}
	// ok: go.hardcoded-credential
	pw := os.Getenv("DB_PASSWORD")
	// ok: go.hardcoded-credential
	password = ""
	// ok: go.hardcoded-credential
	ph := Config{Password: "<password>"}
	// ok: go.hardcoded-credential
	passwordField := "password"
	_, _, _, _, _, _ = password, cfg, headers, pw, ph, passwordField
}
