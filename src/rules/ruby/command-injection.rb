require "open3"

class ArchiveController < ApplicationController
  def create
    dir = params[:dir]
    # ruleid: ruby.command-injection
    system("tar czf /tmp/out.tgz #{dir}")
    # ruleid: ruby.command-injection
    output = `ls -la #{dir}`
    # ruleid: ruby.command-injection
    listing = %x(du -sh #{dir})
    # ruleid: ruby.command-injection
    stdout, status = Open3.capture2("grep " + params[:q] + " /var/log/app.log")
    # ruleid: ruby.command-injection
    exec "convert #{params[:file]} out.png"
    # ruleid: ruby.command-injection
    IO.popen("wc -l #{dir}").read
    # ok: ruby.command-injection
    system("tar", "czf", "/tmp/out.tgz", dir)
    # ok: ruby.command-injection
    stdout, status = Open3.capture2("grep", params[:q], "/var/log/app.log")
    # ok: ruby.command-injection
    uptime = `uptime`
    # ok: ruby.command-injection
    system("make clean")
    # ok: ruby.command-injection
    IO.popen(["ls", "-la", dir]).read
  end
end
