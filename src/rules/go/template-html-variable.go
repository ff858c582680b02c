package web

import (
	"html"
	"html/template"
)

func render(post Post) map[string]interface{} {
	return map[string]interface{}{
		// ruleid: go.template-html-variable
		"body": template.HTML(post.Body),
		// ruleid: go.template-html-variable
		"summary": template.HTML(summary),
		// ok: go.template-html-variable
		"title": template.HTML(html.EscapeString(post.Title)),
		// ok: go.template-html-variable
		"hr": template.HTML("<hr>"),
	}
}
