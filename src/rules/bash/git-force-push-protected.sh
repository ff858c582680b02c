# ruleid: bash.git-force-push-protected
git push --force origin main
# ruleid: bash.git-force-push-protected
git push -f origin master
# ruleid: bash.git-force-push-protected
git push origin +main
# ruleid: bash.git-force-push-protected
git push origin HEAD:master --force-with-lease
# ruleid: bash.git-force-push-protected
git reset --hard HEAD~3 && git push -f origin main
# ok: bash.git-force-push-protected
git push origin main
# ok: bash.git-force-push-protected
git push --force origin feature/login
# ok: bash.git-force-push-protected
git push -u origin main
# ok: bash.git-force-push-protected
git push --force-with-lease origin my-branch
