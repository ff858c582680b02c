class ApiController < ApplicationController
  def current_user
    token = request.headers["Authorization"].split.last
    # ruleid: ruby.jwt-verify-disabled
    payload, = JWT.decode(token, nil, false)
    # ruleid: ruby.jwt-verify-disabled
    other = JWT.decode(token, key, true, { algorithm: "none" })
    # ok: ruby.jwt-verify-disabled
    good, = JWT.decode(token, Rails.application.secret_key_base, true, { algorithm: "HS256" })
    User.find(good["sub"])
  end
end
