#lang racket/base
(provide hello)
(define hello "hi")
