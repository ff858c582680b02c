class SessionsController < ApplicationController
  def restore
    # ruleid: ruby.unsafe-deserialization
    state = Marshal.load(Base64.decode64(cookies[:state]))
    # ruleid: ruby.unsafe-deserialization
    config = YAML.unsafe_load(File.read(path))
    # ruleid: ruby.unsafe-deserialization
    obj = Oj.load(request.body.read, mode: :object)
    # ruleid: ruby.unsafe-deserialization
    doc = YAML.load(params[:doc])
    # ok: ruby.unsafe-deserialization
    data = JSON.parse(request.body.read)
    # ok: ruby.unsafe-deserialization
    safe = YAML.safe_load(params[:doc], permitted_classes: [Date])
    # ok: ruby.unsafe-deserialization
    compat = Oj.load(request.body.read, mode: :strict)
  end
end
