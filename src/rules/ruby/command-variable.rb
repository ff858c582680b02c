def run(cmd, dir)
  # ruleid: ruby.command-variable
  system(cmd)
  # ruleid: ruby.command-variable
  out, err, status = Open3.capture3(cmd)
  # ok: ruby.command-variable
  system("ls", dir)
  # ok: ruby.command-variable
  system(*argv)
end
