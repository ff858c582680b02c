package files

import "os"

func dirs(dir string) {
	// ruleid: go.permissive-mkdir
	os.MkdirAll(dir, 0777)
	// ruleid: go.permissive-mkdir
	os.Mkdir(dir, os.ModePerm)
	// ok: go.permissive-mkdir
	os.MkdirAll(dir, 0o750)
}
