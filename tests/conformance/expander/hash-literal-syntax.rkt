#lang racket/base
;; #hash literals in syntax: keys are data, values are syntax with the
;; context of the literal (so quasiquote sees unquote in them).
(define x 3)
`#hash((a . ,x))
(hash-ref `#hasheq((a . ,(+ x 1)) (b . 2)) (quote a))
(syntax? (hash-ref (syntax-e #'#hash((a . b))) 'a))
(syntax-e (hash-ref (syntax-e #'#hash((a . b))) 'a))
(syntax->datum #'#hash((a . (1 2))))
(hash-map (syntax-e #'#hash(((a) . (1 2)))) (lambda (k v) (list k (syntax? v) (syntax->datum v))))
(hash-ref #hash((a . 1)) 'a)
(syntax->datum (hash-ref (syntax-e (datum->syntax #f (hasheq 'k '(1)))) 'k))
(free-identifier=? (hash-ref (syntax-e #'#hash((k . x))) 'k) #'x)
