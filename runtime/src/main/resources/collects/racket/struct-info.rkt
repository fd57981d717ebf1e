;; racket/struct-info: the static struct information API
(module struct-info "private/pre-base.rkt"
  (require "private/struct-info.rkt")
  (provide make-struct-info struct-info? extract-struct-info prop:struct-info
           struct-field-info? struct-field-info-list))
