class PagesController < ApplicationController
  def preview
    # ruleid: ruby.render-inline
    render inline: params[:template]
    # ruleid: ruby.render-inline
    render inline: "<h1>#{params[:title]}</h1>"
    # ruleid: ruby.render-inline
    html = ERB.new("Hello #{name}").result(binding)
    # ok: ruby.render-inline
    render inline: "<h1><%= title %></h1>", locals: { title: params[:title] }
    # ok: ruby.render-inline
    render :show, locals: { title: params[:title] }
  end
end
