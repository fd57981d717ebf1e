;; racket/port: whole-port reading, string-port conveniences, copy-port and
;; port events, written over racket/base's port primitives.
(module port "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide port->string port->bytes port->lines port->bytes-lines port->list
             with-output-to-string with-output-to-bytes
             call-with-output-string call-with-output-bytes
             with-input-from-string with-input-from-bytes
             call-with-input-string call-with-input-bytes
             copy-port open-output-nowhere display-lines
             input-port-append
             read-bytes-evt read-char-evt read-line-evt
             read-bytes-line-evt read-string-evt peek-bytes-evt)

  (define (check-in who in)
    (unless (input-port? in) (raise-argument-error who "input-port?" in)))

  (define (check-thunk who thunk)
    (unless (and (procedure? thunk) (procedure-arity-includes? thunk 0))
      (raise-argument-error who "(-> any)" thunk)))

  (define (check-proc1 who proc expected)
    (unless (and (procedure? proc) (procedure-arity-includes? proc 1))
      (raise-argument-error who expected proc)))

  ;; Reads everything with read-one until eof; #:close? closes the port after.
  (define (read-all who in read-one close?)
    (check-in who in)
    (let loop ([acc '()])
      (let ([v (read-one in)])
        (if (eof-object? v)
            (begin (when close? (close-input-port in)) (reverse acc))
            (loop (cons v acc))))))

  ;; Copies the rest of `in` into a fresh string/bytes port.
  (define (drain who in close? get)
    (check-in who in)
    (let ([out (open-output-bytes)])
      (copy-port in out)
      (when close? (close-input-port in))
      (get out)))

  (define (port->string [in (current-input-port)] #:close? [close? #f])
    (drain 'port->string in close? get-output-string))

  (define (port->bytes [in (current-input-port)] #:close? [close? #f])
    (drain 'port->bytes in close? get-output-bytes))

  (define (port->lines [in (current-input-port)] #:line-mode [mode 'any] #:close? [close? #f])
    (read-all 'port->lines in (lambda (p) (read-line p mode)) close?))

  (define (port->bytes-lines [in (current-input-port)] #:line-mode [mode 'any] #:close? [close? #f])
    (read-all 'port->bytes-lines in (lambda (p) (read-bytes-line p mode)) close?))

  (define (port->list [r read] [in (current-input-port)] #:close? [close? #f])
    (check-proc1 'port->list r "(input-port? . -> . any/c)")
    (read-all 'port->list in r close?))

  (define (with-output-to-string thunk)
    (check-thunk 'with-output-to-string thunk)
    (let ([out (open-output-string)])
      (parameterize ([current-output-port out]) (thunk))
      (get-output-string out)))

  (define (with-output-to-bytes thunk)
    (check-thunk 'with-output-to-bytes thunk)
    (let ([out (open-output-bytes)])
      (parameterize ([current-output-port out]) (thunk))
      (get-output-bytes out)))

  (define (call-with-output-string proc)
    (check-proc1 'call-with-output-string proc "(output-port? . -> . any)")
    (let ([out (open-output-string)])
      (proc out)
      (get-output-string out)))

  (define (call-with-output-bytes proc)
    (check-proc1 'call-with-output-bytes proc "(output-port? . -> . any)")
    (let ([out (open-output-bytes)])
      (proc out)
      (get-output-bytes out)))

  (define (with-input-from-string str thunk)
    (unless (string? str) (raise-argument-error 'with-input-from-string "string?" str))
    (check-thunk 'with-input-from-string thunk)
    (parameterize ([current-input-port (open-input-string str)]) (thunk)))

  (define (with-input-from-bytes bstr thunk)
    (unless (bytes? bstr) (raise-argument-error 'with-input-from-bytes "bytes?" bstr))
    (check-thunk 'with-input-from-bytes thunk)
    (parameterize ([current-input-port (open-input-bytes bstr)]) (thunk)))

  (define (call-with-input-string str proc)
    (unless (string? str) (raise-argument-error 'call-with-input-string "string?" str))
    (check-proc1 'call-with-input-string proc "(input-port? . -> . any)")
    (proc (open-input-string str)))

  (define (call-with-input-bytes bstr proc)
    (unless (bytes? bstr) (raise-argument-error 'call-with-input-bytes "bytes?" bstr))
    (check-proc1 'call-with-input-bytes proc "(input-port? . -> . any)")
    (proc (open-input-bytes bstr)))

  ;; Copies until eof, writing each chunk to every output port.  A chunk is
  ;; whatever is available (at least one byte), so data flows through pipes
  ;; as it arrives rather than when a large buffer fills.
  (define (copy-port in out . outs)
    (unless (input-port? in)
      (raise (exn:fail:contract
              (string-append "copy-port: expected argument of type <input-port>; given: "
                             (let ([o (open-output-string)]) (write in o) (get-output-string o)))
              (current-continuation-marks))))
    (for-each (lambda (o) (unless (output-port? o) (raise-argument-error 'copy-port "output-port?" o)))
              (cons out outs))
    (let ([buf (make-bytes 4096)])
      (let loop ()
        (let ([n (read-bytes-avail! buf in)])
          (unless (eof-object? n)
            (for-each (lambda (o) (write-bytes buf o 0 n)) (cons out outs))
            (loop))))))

  (define (open-output-nowhere [name 'nowhere] [special-ok? #t])
    (make-output-port name always-evt
                      (lambda (bs start end non-block? breakable?) (- end start))
                      void))

  (define (display-lines lst [out (current-output-port)] #:separator [sep "\n"])
    (unless (list? lst) (raise-argument-error 'display-lines "list?" lst))
    (for-each (lambda (x) (display x out) (display sep out)) lst))

  ;; A port reading each input to its end in turn.
  (define (input-port-append close? . ins)
    (let ([rest ins])
      (make-input-port
       'input-port-append
       (lambda (buf)
         (let loop ()
           (if (null? rest)
               eof
               (let ([n (read-bytes-avail! buf (car rest))])
                 (if (eof-object? n)
                     (begin (when close? (close-input-port (car rest)))
                            (set! rest (cdr rest))
                            (loop))
                     n)))))
       #f
       (lambda () (when close? (for-each close-input-port rest))))))

  ;; Port events: ready when the port is (a read would not block), then
  ;; the read happens as the event's result.
  (define (port-evt who in read-it)
    (check-in who in)
    (wrap-evt in (lambda (_) (read-it))))

  (define (read-bytes-evt k in) (port-evt 'read-bytes-evt in (lambda () (read-bytes k in))))
  (define (peek-bytes-evt k skip progress in)
    (port-evt 'peek-bytes-evt in (lambda () (peek-bytes k skip in))))
  (define (read-string-evt k in) (port-evt 'read-string-evt in (lambda () (read-string k in))))
  (define (read-char-evt in) (port-evt 'read-char-evt in (lambda () (read-char in))))
  (define (read-line-evt in [mode 'linefeed])
    (port-evt 'read-line-evt in (lambda () (read-line in mode))))
  (define (read-bytes-line-evt in [mode 'linefeed])
    (port-evt 'read-bytes-line-evt in (lambda () (read-bytes-line in mode)))))
