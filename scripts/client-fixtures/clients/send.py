# Python smtplib, the way a typical script sends: it lets the exception print its traceback.
import json, os, smtplib, ssl
from email.message import EmailMessage

spec = json.loads(os.environ["CG_SPEC"])
msg = EmailMessage()
msg["From"], msg["To"], msg["Subject"] = spec["from"], spec["to"], "Test"
msg.set_content("x" * spec["bodyBytes"])
context = ssl.create_default_context(cafile=spec["ca"])
if spec["mode"] == "implicit":
    server = smtplib.SMTP_SSL(spec["host"], spec["port"], timeout=10, context=context)
else:
    server = smtplib.SMTP(spec["host"], spec["port"], timeout=10)
    if spec["mode"] == "starttls":
        server.starttls(context=context)
if spec.get("user"):
    server.login(spec["user"], spec["pass"])
server.send_message(msg)
server.quit()
print("sent")
