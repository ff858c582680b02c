def export(rows)
  # ruleid: ruby.predictable-tmp-file
  File.open("/tmp/export.csv", "w") { |f| f.write(rows.join("\n")) }
  # ruleid: ruby.predictable-tmp-file
  File.write("/tmp/#{name}.lock", Process.pid)
  # ok: ruby.predictable-tmp-file
  Tempfile.create("export") { |f| f.write(rows.join("\n")) }
  # ok: ruby.predictable-tmp-file
  File.write(Rails.root.join("tmp", "export.csv"), rows.join("\n"))
end
