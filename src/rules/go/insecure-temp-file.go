package files

import (
	"os"
	"path/filepath"
)

func scratch(data []byte) {
	// ruleid: go.insecure-temp-file
	f, _ := os.Create("/tmp/export.csv")
	// ruleid: go.insecure-temp-file
	os.WriteFile(filepath.Join(os.TempDir(), "app.lock"), data, 0600)
	// ok: go.insecure-temp-file
	g, _ := os.CreateTemp("", "export-*.csv")
	// ok: go.insecure-temp-file
	os.WriteFile(filepath.Join(cacheDir, "app.lock"), data, 0600)
	_, _ = f, g
}
