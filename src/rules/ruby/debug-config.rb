Rails.application.configure do
  # ruleid: ruby.debug-config
  config.consider_all_requests_local = true
  # ruleid: ruby.debug-config
  config.web_console.permissions = "0.0.0.0/0"
  # ok: ruby.debug-config
  config.consider_all_requests_local = false
  # ok: ruby.debug-config
  config.web_console.permissions = "192.168.0.0/16"
end
