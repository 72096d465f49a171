#!/usr/bin/env python3
"""The working group in a real browser (Playwright driving the system Chromium).

Builds a workspace with the `legis` binary, invites three members with `legis invite`, serves it
with `legis serve`, and drives Chromium: each member opens their invitation (the browser makes a
non-extractable Ed25519 key with WebCrypto), signs in with it, two drafters edit the same text
(the second to save sees the conflict page with the redline and keeps their text), a drafter
tables an amendment from the edit form and a secretariat member adopts it on the amendment's
page, a partner endorses (the browser builds the SSHSIG signature); then `legis verify` says
current, `git verify-tag` with the allowed-signers file accepts the tag and `legis amendments`
lists the amendment as adopted.

Run by script/test:  .build/venv/bin/python Tests/browser/working_group.py --legis PATH
"""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECRETARY = "Sam Secretary <sam@ministry.example>"


def run(*command, cwd=None, check=True):
    """Runs a command isolated from the user's git configuration; returns its output."""
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=os.environ.get("LEGIS_TEST_HOME", tempfile.gettempdir()))
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def invite(legis, repo, url, stakeholder, name, email, role):
    out = run(legis, "invite", "--repo", repo, "--stakeholder", stakeholder, "--name", name, "--email", email,
              "--role", role, "--url", url, "--author", SECRETARY).stdout
    links = re.findall(r"^(http\S+/enrol\?token=[0-9a-f]{64})$", out, re.M)
    assert len(links) == 1, out
    return links[0]


def submit(page, button, expected):
    """Clicks a form's button and checks where the browser lands (showing the page if elsewhere)."""
    with page.expect_navigation():
        page.click(button)
    check(page.url == expected, f"after '{button}' the page is {page.url}:\n{page.inner_text('body')[:2000]}")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--legis", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    legis = os.path.abspath(args.legis)

    folder = tempfile.mkdtemp(prefix="legis-browser-")
    repo = os.path.join(folder, "workspace")
    run(legis, "init", repo, "--author", SECRETARY)
    draft = os.path.join(ROOT, "proposals", "labour-recruitment-agencies", "01-working-draft.md")
    run(legis, "import", "labour-law", draft, "--repo", repo, "--author", SECRETARY)
    for stakeholder, name, category in [("ministry", "Ministry of Justice", "central-administration"),
                                        ("ngo-safe-home", "Safe Home", "ngo")]:
        key = os.path.join(folder, stakeholder)
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key)
        run(legis, "stakeholder", "add", stakeholder, "--name", name, "--category", category,
            "--key-file", key + ".pub", "--repo", repo, "--author", SECRETARY)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    links = {
        "dana": invite(legis, repo, url, "ministry", "Dana Drafter", "dana@ministry.example", "drafter"),
        "erik": invite(legis, repo, url, "ministry", "Erik Editor", "erik@ministry.example", "drafter"),
        "nora": invite(legis, repo, url, "ngo-safe-home", "Nora Partner", "nora@safe-home.example", "partner"),
        "sam": invite(legis, repo, url, "ministry", "Sam Secretary", "sam@ministry.example", "secretariat"),
    }
    server = subprocess.Popen([legis, "serve", "--repo", repo, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/signin", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        browse(args.chromium, url, links)
        verify(legis, repo)
    finally:
        server.terminate()
        log = server.communicate(timeout=10)[0]
    if os.environ.get("LEGIS_BROWSER_LOG"):
        print(log)
    shutil.rmtree(folder, ignore_errors=True)
    print("browser test passed: invitation, enrolment, sign-in, edit, conflict, amendment tabled and adopted, "
          "endorsement, verify-tag")


def browse(chromium, url, links):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        pages = {}
        for name, link in links.items():
            # One browser profile per member: each keeps its own key in its own IndexedDB.
            page = browser.new_context().new_page()
            page.goto(link)
            with page.expect_navigation():
                page.click("text=Make my key and join")
            check("Welcome" in page.content(), page.content())
            page.goto(url + "/signin")
            with page.expect_navigation():
                page.click("text=Sign in with this browser's key")
            check(page.url == url + "/", f"sign-in of {name} ended at {page.url}: {page.inner_text('body')}")
            pages[name] = page

        # The private key was made non-extractable and stays in IndexedDB.
        extractable = pages["dana"].evaluate("""() => new Promise((resolve, reject) => {
            const open = indexedDB.open("legis", 1);
            open.onsuccess = () => {
                const get = open.result.transaction("keys").objectStore("keys").get("member");
                get.onsuccess = () => resolve([get.result.privateKey.extractable, get.result.privateKey.algorithm.name]);
                get.onerror = () => reject(get.error);
            };
        })""")
        check(extractable == [False, "Ed25519"], f"the stored key: {extractable}")

        edit = url + "/documents/labour-law/edit"
        dana, erik, nora, sam = pages["dana"], pages["erik"], pages["nora"], pages["sam"]
        dana.goto(edit)
        erik.goto(edit)
        original = dana.input_value("textarea[name=text]")
        dana_text = original.rstrip("\n") + "\n\nDana adds a sentence on licences.\n"
        dana.fill("textarea[name=text]", dana_text)
        dana.fill("input[name=message]", "Licences: one more sentence")

        # Erik saves first.
        erik.fill("textarea[name=text]", original.rstrip("\n") + "\n\nErik adds a sentence on fees.\n")
        erik.fill("input[name=message]", "Fees: one more sentence")
        submit(erik, "form.edit button[type=submit]", url + "/documents/labour-law")

        # Dana's save is refused: the conflict page shows the redline and keeps her text.
        with dana.expect_response(lambda r: r.request.method == "POST") as answer:
            dana.click("form.edit button[type=submit]")
        check(answer.value.status == 409, f"conflict status {answer.value.status}")
        check(dana.is_visible("text=Someone saved first"), "no conflict notice")
        check("Erik" in dana.inner_text(".conflict .redline ins"), "the redline does not show Erik's words")
        check(dana.input_value("textarea[name=text]").replace("\r\n", "\n") == dana_text, "Dana's text was lost")
        # She keeps both sentences and saves again.
        merged = original.rstrip("\n") + "\n\nErik adds a sentence on fees.\n\nDana adds a sentence on licences.\n"
        dana.fill("textarea[name=text]", merged)
        submit(dana, "form.edit button[type=submit]", url + "/documents/labour-law")
        check("Dana adds a sentence" in dana.inner_text("main"), "Dana's text is not on the document page")

        # Dana tables an amendment from the edit form: the text changes only once it is adopted.
        old_wording, new_wording = "valid for three years from the date of issue", "valid for five years from the date of issue"
        dana.goto(edit)
        current = dana.input_value("textarea[name=text]")
        check(old_wording in current, "the draft no longer has the wording the amendment changes")
        dana.fill("textarea[name=text]", current.replace(old_wording, new_wording))
        dana.fill("input[name=title]", "Licences valid for five years")
        dana.fill("textarea[name=rationale]", "Three years is too short for an agency to plan its work.")
        dana.check("input[name=cosponsor][value=ngo-safe-home]")
        amendment = url + "/documents/labour-law/amendments/1"
        submit(dana, "text=Table as an amendment", amendment)
        check("Tabled" in dana.inner_text("main .meta"), dana.inner_text("main"))
        check(dana.locator("form.adopt").count() == 0, "a drafter is shown the secretariat's forms")
        dana.goto(url + "/documents/labour-law")
        check(old_wording in dana.inner_text("main"), "the text changed before the amendment was adopted")

        # Sam, of the secretariat, adopts it on the amendment's page.
        sam.goto(amendment)
        sam.fill("form.adopt textarea[name=note]", "Agreed at the working group's meeting.")
        submit(sam, "form.adopt button[type=submit]", amendment)
        check("Adopted" in sam.inner_text("main .meta"), sam.inner_text("main"))
        check(sam.locator("form.adopt").count() == 0, "the forms remain after the decision")
        sam.goto(url + "/documents/labour-law")
        text = sam.inner_text("main")
        check(new_wording in text and old_wording not in text, "the text page does not show the amended wording")

        # A partner endorses; the browser signs the exact tag shown.
        nora.goto(url + "/documents/labour-law/endorse")
        nora.check("input[value=support-with-reservations]")
        nora.locator("input[name=scope]").first.check()
        nora.fill("textarea[name=statement]", "We support it, with reservations on fees.")
        nora.click("text=Prepare the endorsement")
        payload = nora.inner_text("pre.payload")
        check("stakeholder: ngo-safe-home" in payload or "ngo-safe-home" in payload, payload)
        submit(nora, "text=Sign with this browser's key", url + "/documents/labour-law/endorsements")
        check("current" in nora.inner_text("main"), "the endorsement is not shown as current")

        # Pages read without JavaScript; the sign-in page says what needs it.
        plain = browser.new_context(java_script_enabled=False).new_page()
        plain.goto(url + "/documents/labour-law")
        check("Dana adds a sentence" in plain.inner_text("main"), "the text page needs JavaScript")
        browser.close()


def verify(legis, repo):
    result = run(legis, "verify", "--repo", repo, check=False)
    check(result.returncode == 0, f"legis verify exited {result.returncode}: {result.stdout}{result.stderr}")
    check("CURRENT\tngo-safe-home" in result.stdout, result.stdout)
    refs = run("git", "for-each-ref", "--format=%(refname)", "refs/endorsements/", cwd=repo).stdout.split()
    check(len(refs) == 1, f"endorsement refs: {refs}")
    signers = os.path.join(repo, "..", "allowed_signers")
    with open(signers, "w") as f:
        f.write(run(legis, "allowed-signers", "--repo", repo).stdout)
    tag = run("git", "-c", "gpg.format=ssh", "-c", f"gpg.ssh.allowedSignersFile={signers}", "verify-tag", refs[0],
              cwd=repo, check=False)
    check(tag.returncode == 0, f"git verify-tag: {tag.stdout}{tag.stderr}")
    authors = run("git", "log", "--format=%ae %s", cwd=repo).stdout
    check("sam@ministry.example Adopt amendment 1 to labour-law" in authors, authors)
    listed = json.loads(run(legis, "amendments", "labour-law", "--json", "--repo", repo).stdout)
    check([(a["number"], a["status"], a["sponsors"]) for a in listed] == [(1, "adopted", ["ministry", "ngo-safe-home"])],
          f"legis amendments: {listed}")
    check(listed[0]["history"][0]["by"] == "Dana Drafter <dana@ministry.example>", listed[0]["history"])
    for email in ["dana@ministry.example", "erik@ministry.example", "nora@safe-home.example"]:
        check(email in authors, f"{email} is not in the history:\n{authors}")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as error:
        print(f"browser test FAILED: {error}", file=sys.stderr)
        sys.exit(1)
