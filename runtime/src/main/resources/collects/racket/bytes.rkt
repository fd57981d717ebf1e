;; racket/bytes: bytes-append* and bytes-join.
(module bytes "private/pre-base.rkt"
  (#%require "private/list-base.rkt")
  (#%provide bytes-append* bytes-join)

  (define (bytes-append* . args)
    (apply bytes-append (apply list* args)))

  (define (bytes-join strs sep)
    (unless (and (list? strs) (andmap bytes? strs))
      (raise-argument-error 'bytes-join "(listof bytes?)" strs))
    (unless (bytes? sep) (raise-argument-error 'bytes-join "bytes?" sep))
    (if (null? strs)
        #""
        (apply bytes-append
               (car strs)
               (let loop ([l (cdr strs)])
                 (if (null? l) '() (cons sep (cons (car l) (loop (cdr l))))))))))
