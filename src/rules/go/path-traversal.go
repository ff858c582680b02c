package web

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const base = "/srv/files"

func Download(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.path-traversal
	data, _ := os.ReadFile(filepath.Join(base, r.URL.Query().Get("file")))
	w.Write(data)
}

func Delete(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ruleid: go.path-traversal
	if err := os.Remove(filepath.Join(base, name)); err != nil {
		http.Error(w, "failed", 500)
	}
}

func Serve(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.path-traversal
	http.ServeFile(w, r, "static/"+r.FormValue("path"))
	// ok: go.path-traversal
	http.ServeFile(w, r, r.URL.Path)
}

func Safe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	p := filepath.Join(base, name)
	rel, err := filepath.Rel(base, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		http.Error(w, "forbidden", 403)
		return
	}
	// ok: go.path-traversal
	data, _ := os.ReadFile(p)
	w.Write(data)
}

func Base(w http.ResponseWriter, r *http.Request) {
	// ok: go.path-traversal
	data, _ := os.ReadFile(filepath.Join(base, filepath.Base(r.URL.Query().Get("file"))))
	w.Write(data)
}
