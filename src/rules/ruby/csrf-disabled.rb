class WebhooksController < ApplicationController
  # ruleid: ruby.csrf-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby.csrf-disabled
  protect_from_forgery with: :exception
  # ok: ruby.csrf-disabled
  skip_before_action :authenticate_user!
end
