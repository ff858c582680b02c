package web

import (
	"fmt"
	"html/template"
	"net/http"
)

func Page(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.template-html-input
	bio := template.HTML(r.FormValue("bio"))
	// ruleid: go.template-html-input
	link := template.HTML(fmt.Sprintf("<a href=\"%s\">home</a>", r.URL.Query().Get("next")))
	name := r.URL.Query().Get("name")
	// ruleid: go.template-html-input
	greeting := template.HTML("<b>" + name + "</b>")
	// ok: go.template-html-input
	static := template.HTML("<hr>")
	tmpl.Execute(w, map[string]interface{}{"bio": bio, "link": link, "g": greeting, "s": static, "name": name})
}
