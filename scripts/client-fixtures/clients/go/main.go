// Go net/smtp, with a dial timeout as most programs set one; log.Fatal prints the error.
package main

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"log"
	"net"
	"net/smtp"
	"os"
	"strconv"
	"strings"
	"time"
)

type spec struct {
	Host, Mode, User, Pass, From, To, Ca string
	Port, BodyBytes                     int
}

func main() {
	var s spec
	if err := json.Unmarshal([]byte(os.Getenv("CG_SPEC")), &s); err != nil {
		log.Fatal(err)
	}
	pem, err := os.ReadFile(s.Ca)
	if err != nil {
		log.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	tlsConfig := &tls.Config{ServerName: s.Host, RootCAs: pool}
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	var conn net.Conn
	if s.Mode == "implicit" {
		conn, err = tls.DialWithDialer(dialer, "tcp", addr, tlsConfig)
	} else {
		conn, err = dialer.Dial("tcp", addr)
	}
	if err != nil {
		log.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	c, err := smtp.NewClient(conn, s.Host)
	if err != nil {
		log.Fatal(err)
	}
	if s.Mode == "starttls" {
		if err := c.StartTLS(tlsConfig); err != nil {
			log.Fatal(err)
		}
	}
	if s.User != "" {
		if err := c.Auth(smtp.PlainAuth("", s.User, s.Pass, s.Host)); err != nil {
			log.Fatal(err)
		}
	}
	if err := c.Mail(s.From); err != nil {
		log.Fatal(err)
	}
	if err := c.Rcpt(s.To); err != nil {
		log.Fatal(err)
	}
	w, err := c.Data()
	if err != nil {
		log.Fatal(err)
	}
	body := "From: " + s.From + "\r\nTo: " + s.To + "\r\nSubject: Test\r\n\r\n" + strings.Repeat(strings.Repeat("x", 76)+"\r\n", s.BodyBytes/78+1)
	if _, err := w.Write([]byte(body)); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		log.Fatal(err)
	}
	log.Print("sent")
}
