# ruleid: bash.git-force-push
git push --force origin feature/login
# ruleid: bash.git-force-push
git push -f
# ruleid: bash.git-force-push
git push origin +topic
# ok: bash.git-force-push
git push --force-with-lease origin my-branch
# ok: bash.git-force-push
git push -u origin feature
# ok: bash.git-force-push
git push --follow-tags
