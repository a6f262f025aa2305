module smtpdoctor.test/clientfixtures

go 1.19
