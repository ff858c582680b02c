package handlers

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
)

func Archive(w http.ResponseWriter, r *http.Request) {
	dir := r.URL.Query().Get("dir")
	// ruleid: go.command-injection
	out, _ := exec.Command("sh", "-c", "tar czf /tmp/out.tgz "+dir).Output()
	// ruleid: go.command-injection
	cmd := exec.CommandContext(context.Background(), "bash", "-c", fmt.Sprintf("du -sh %s", dir))
	// ruleid: go.command-injection
	exec.Command(r.FormValue("tool"), "--version").Run()
	// ok: go.command-injection
	safe := exec.Command("tar", "czf", "/tmp/out.tgz", dir)
	// ok: go.command-injection
	fixed := exec.Command("sh", "-c", "uptime")
	fmt.Fprint(w, out, cmd, safe, fixed)
}
