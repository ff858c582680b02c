def publish(path, dir)
  # ruleid: ruby.permissive-permissions
  File.chmod(0777, path)
  # ruleid: ruby.permissive-permissions
  FileUtils.mkdir_p(dir, mode: 0o777)
  # ruleid: ruby.permissive-permissions
  File.umask(0)
  # ruleid: ruby.permissive-permissions
  File.open(path, "w", 0666) { |f| f.write("x") }
  # ok: ruby.permissive-permissions
  File.chmod(0600, path)
  # ok: ruby.permissive-permissions
  FileUtils.mkdir_p(dir, mode: 0o755)
  # ok: ruby.permissive-permissions
  File.umask(0o077)
end
