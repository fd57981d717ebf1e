;; racket/math.  Every racket/math function is a numeric kernel primitive
;; here; this module only selects them.
(module math "private/pre-base.rkt"
  (#%provide pi pi.f nan? infinite? sqr sgn conjugate sinh cosh tanh
             exact-round exact-floor exact-ceiling exact-truncate
             order-of-magnitude natural? positive-integer? negative-integer?
             nonnegative-integer? nonpositive-integer?
             degrees->radians radians->degrees))
