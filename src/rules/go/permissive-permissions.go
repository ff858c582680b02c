package files

import (
	"os"
	"syscall"
)

func write(path string, data []byte, f *os.File) {
	// ruleid: go.permissive-permissions
	os.WriteFile(path, data, 0777)
	// ruleid: go.permissive-permissions
	fh, _ := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o666)
	// ruleid: go.permissive-permissions
	os.Chmod(path, os.ModePerm)
	// ruleid: go.permissive-permissions
	syscall.Umask(0)
	// ruleid: go.permissive-permissions
	f.Chmod(0777)
	// ok: go.permissive-permissions
	os.WriteFile(path, data, 0600)
	// ok: go.permissive-permissions
	os.Chmod(path, 0o644)
	_ = fh
}
