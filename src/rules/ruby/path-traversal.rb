class DownloadsController < ApplicationController
  def show
    # ruleid: ruby.path-traversal
    send_file Rails.root.join("storage", params[:name])
    # ruleid: ruby.path-traversal
    data = File.read(File.join("uploads", params[:file]))
    # ruleid: ruby.path-traversal
    render file: "public/#{params[:page]}"
    # ruleid: ruby.path-traversal
    File.open("/srv/files/#{params[:path]}", "w") { |f| f.write(request.body.read) }
    # ok: ruby.path-traversal
    send_file Rails.root.join("storage", File.basename(params[:name]))
    # ok: ruby.path-traversal
    data = File.read(File.join("uploads", "default.txt"))
    # ok: ruby.path-traversal
    doc = Document.find(params[:id])
    # ok: ruby.path-traversal
    send_file doc.path
  end
end
