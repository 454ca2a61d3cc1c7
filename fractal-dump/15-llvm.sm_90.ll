; ModuleID = 'llama2c.sm_90'
source_filename = "llama2c.sm_90"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@fractal_block_arena = external addrspace(3) global [0 x i8], align 16

define internal double @fractal_expm1(double %0) {
entry:
  %1 = fcmp ogt double %0, 7.100000e+02
  %2 = fcmp olt double %0, -7.460000e+02
  %3 = select i1 %2, double -7.460000e+02, double %0
  %4 = select i1 %1, double 7.100000e+02, double %3
  %5 = fmul double %4, 0x3FF71547652B82FE
  %6 = fcmp oge double %5, 0.000000e+00
  %7 = select i1 %6, double 5.000000e-01, double -5.000000e-01
  %8 = fadd double %5, %7
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fmul double %10, 0x3FE62E42FEE00000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0x3DEA39EF35793C76
  %14 = fsub double %12, %13
  %15 = fmul double %14, 0x3DA93974A8C07C9D
  %16 = fadd double 0x3DE6124613A86D09, %15
  %17 = fmul double %14, %16
  %18 = fadd double 0x3E21EED8EFF8D898, %17
  %19 = fmul double %14, %18
  %20 = fadd double 0x3E5AE64567F544E4, %19
  %21 = fmul double %14, %20
  %22 = fadd double 0x3E927E4FB7789F5C, %21
  %23 = fmul double %14, %22
  %24 = fadd double 0x3EC71DE3A556C734, %23
  %25 = fmul double %14, %24
  %26 = fadd double 0x3EFA01A01A01A01A, %25
  %27 = fmul double %14, %26
  %28 = fadd double 0x3F2A01A01A01A01A, %27
  %29 = fmul double %14, %28
  %30 = fadd double 0x3F56C16C16C16C17, %29
  %31 = fmul double %14, %30
  %32 = fadd double 0x3F81111111111111, %31
  %33 = fmul double %14, %32
  %34 = fadd double 0x3FA5555555555555, %33
  %35 = fmul double %14, %34
  %36 = fadd double 0x3FC5555555555555, %35
  %37 = fmul double %14, %36
  %38 = fadd double 5.000000e-01, %37
  %39 = fmul double %14, %38
  %40 = fadd double 1.000000e+00, %39
  %41 = fmul double %14, %40
  %42 = sdiv i64 %9, 2
  %43 = add i64 %42, 1023
  %44 = shl i64 %43, 52
  %45 = bitcast i64 %44 to double
  %46 = fmul double 1.000000e+00, %45
  %47 = sub i64 %9, %42
  %48 = add i64 %47, 1023
  %49 = shl i64 %48, 52
  %50 = bitcast i64 %49 to double
  %51 = fmul double %46, %50
  %52 = sdiv i64 %9, 2
  %53 = add i64 %52, 1023
  %54 = shl i64 %53, 52
  %55 = bitcast i64 %54 to double
  %56 = fmul double %41, %55
  %57 = sub i64 %9, %52
  %58 = add i64 %57, 1023
  %59 = shl i64 %58, 52
  %60 = bitcast i64 %59 to double
  %61 = fmul double %56, %60
  %62 = fsub double %51, 1.000000e+00
  %63 = fadd double %61, %62
  %64 = fcmp olt double %0, -4.000000e+01
  %65 = select i1 %64, double -1.000000e+00, double %63
  %66 = fcmp ogt double %0, 0x40862E51EB851EB8
  %67 = select i1 %66, double 0x7FF0000000000000, double %65
  %68 = fcmp uno double %0, %0
  %69 = select i1 %68, double %0, double %67
  ret double %69
}

define internal double @fractal_exp(double %0) {
entry:
  %1 = fcmp ogt double %0, 7.100000e+02
  %2 = fcmp olt double %0, -7.460000e+02
  %3 = select i1 %2, double -7.460000e+02, double %0
  %4 = select i1 %1, double 7.100000e+02, double %3
  %5 = fmul double %4, 0x3FF71547652B82FE
  %6 = fcmp oge double %5, 0.000000e+00
  %7 = select i1 %6, double 5.000000e-01, double -5.000000e-01
  %8 = fadd double %5, %7
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fmul double %10, 0x3FE62E42FEE00000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0x3DEA39EF35793C76
  %14 = fsub double %12, %13
  %15 = fmul double %14, 0x3DA93974A8C07C9D
  %16 = fadd double 0x3DE6124613A86D09, %15
  %17 = fmul double %14, %16
  %18 = fadd double 0x3E21EED8EFF8D898, %17
  %19 = fmul double %14, %18
  %20 = fadd double 0x3E5AE64567F544E4, %19
  %21 = fmul double %14, %20
  %22 = fadd double 0x3E927E4FB7789F5C, %21
  %23 = fmul double %14, %22
  %24 = fadd double 0x3EC71DE3A556C734, %23
  %25 = fmul double %14, %24
  %26 = fadd double 0x3EFA01A01A01A01A, %25
  %27 = fmul double %14, %26
  %28 = fadd double 0x3F2A01A01A01A01A, %27
  %29 = fmul double %14, %28
  %30 = fadd double 0x3F56C16C16C16C17, %29
  %31 = fmul double %14, %30
  %32 = fadd double 0x3F81111111111111, %31
  %33 = fmul double %14, %32
  %34 = fadd double 0x3FA5555555555555, %33
  %35 = fmul double %14, %34
  %36 = fadd double 0x3FC5555555555555, %35
  %37 = fmul double %14, %36
  %38 = fadd double 5.000000e-01, %37
  %39 = fmul double %14, %38
  %40 = fadd double 1.000000e+00, %39
  %41 = fmul double %14, %40
  %42 = fadd double 1.000000e+00, %41
  %43 = sdiv i64 %9, 2
  %44 = add i64 %43, 1023
  %45 = shl i64 %44, 52
  %46 = bitcast i64 %45 to double
  %47 = fmul double %42, %46
  %48 = sub i64 %9, %43
  %49 = add i64 %48, 1023
  %50 = shl i64 %49, 52
  %51 = bitcast i64 %50 to double
  %52 = fmul double %47, %51
  %53 = fcmp olt double %0, -7.452000e+02
  %54 = select i1 %53, double 0.000000e+00, double %52
  %55 = fcmp ogt double %0, 0x40862E51EB851EB8
  %56 = select i1 %55, double 0x7FF0000000000000, double %54
  %57 = fcmp uno double %0, %0
  %58 = select i1 %57, double %0, double %56
  ret double %58
}

define internal double @fractal_log(double %0) {
entry:
  %1 = fcmp olt double %0, 0x10000000000000
  %2 = fmul double %0, 0x4350000000000000
  %3 = select i1 %1, double %2, double %0
  %4 = bitcast double %3 to i64
  %5 = lshr i64 %4, 52
  %6 = and i64 %5, 2047
  %7 = sub i64 %6, 1023
  %8 = sub i64 %7, 54
  %9 = select i1 %1, i64 %8, i64 %7
  %10 = and i64 %4, 4503599627370495
  %11 = or i64 %10, 4607182418800017408
  %12 = bitcast i64 %11 to double
  %13 = fcmp ogt double %12, 0x3FF6A09E667F3BCD
  %14 = fmul double %12, 5.000000e-01
  %15 = select i1 %13, double %14, double %12
  %16 = add i64 %9, 1
  %17 = select i1 %13, i64 %16, i64 %9
  %18 = fsub double %15, 1.000000e+00
  %19 = fadd double %15, 1.000000e+00
  %20 = fdiv double %18, %19
  %21 = fmul double %20, %20
  %22 = fmul double 2.000000e+00, %20
  %23 = fmul double %21, 0x3FA642C8590B2164
  %24 = fadd double 0x3FA8618618618618, %23
  %25 = fmul double %21, %24
  %26 = fadd double 0x3FAAF286BCA1AF28, %25
  %27 = fmul double %21, %26
  %28 = fadd double 0x3FAE1E1E1E1E1E1E, %27
  %29 = fmul double %21, %28
  %30 = fadd double 0x3FB1111111111111, %29
  %31 = fmul double %21, %30
  %32 = fadd double 0x3FB3B13B13B13B14, %31
  %33 = fmul double %21, %32
  %34 = fadd double 0x3FB745D1745D1746, %33
  %35 = fmul double %21, %34
  %36 = fadd double 0x3FBC71C71C71C71C, %35
  %37 = fmul double %21, %36
  %38 = fadd double 0x3FC2492492492492, %37
  %39 = fmul double %21, %38
  %40 = fadd double 2.000000e-01, %39
  %41 = fmul double %21, %40
  %42 = fadd double 0x3FD5555555555555, %41
  %43 = fmul double %21, %42
  %44 = fadd double 1.000000e+00, %43
  %45 = fmul double %22, %44
  %46 = sitofp i64 %17 to double
  %47 = fmul double %46, 0x3FE62E42FEE00000
  %48 = fmul double %46, 0x3DEA39EF35793C76
  %49 = fadd double %48, %45
  %50 = fadd double %47, %49
  %51 = fcmp oeq double %0, 0x7FF0000000000000
  %52 = select i1 %51, double %0, double %50
  %53 = fcmp oeq double %0, 0.000000e+00
  %54 = select i1 %53, double 0xFFF0000000000000, double %52
  %55 = fcmp olt double %0, 0.000000e+00
  %56 = select i1 %55, double 0x7FF8000000000000, double %54
  %57 = fcmp uno double %0, %0
  %58 = select i1 %57, double %0, double %56
  ret double %58
}

define internal double @fractal_sin(double %0) {
entry:
  %1 = fmul double %0, 0x3FE45F306DC9C883
  %2 = fcmp oge double %1, 0.000000e+00
  %3 = select i1 %2, double 5.000000e-01, double -5.000000e-01
  %4 = fadd double %1, %3
  %5 = fptosi double %4 to i64
  %6 = sitofp i64 %5 to double
  %7 = fmul double %6, 0x3FF921FB54400000
  %8 = fsub double %0, %7
  %9 = fmul double %6, 0x3DD0B4611A600000
  %10 = fsub double %8, %9
  %11 = fmul double %6, 0x3BA3198A2E000000
  %12 = fsub double %10, %11
  %13 = fmul double %12, %12
  %14 = fmul double %13, 0x3BD71B8EF6DCF572
  %15 = fadd double 0xBC62F49B46814157, %14
  %16 = fmul double %13, %15
  %17 = fadd double 0x3CE952C77030AD4A, %16
  %18 = fmul double %13, %17
  %19 = fadd double 0xBD6AE7F3E733B81F, %18
  %20 = fmul double %13, %19
  %21 = fadd double 0x3DE6124613A86D09, %20
  %22 = fmul double %13, %21
  %23 = fadd double 0xBE5AE64567F544E4, %22
  %24 = fmul double %13, %23
  %25 = fadd double 0x3EC71DE3A556C734, %24
  %26 = fmul double %13, %25
  %27 = fadd double 0xBF2A01A01A01A01A, %26
  %28 = fmul double %13, %27
  %29 = fadd double 0x3F81111111111111, %28
  %30 = fmul double %13, %29
  %31 = fadd double 0xBFC5555555555555, %30
  %32 = fmul double %13, %31
  %33 = fadd double 1.000000e+00, %32
  %34 = fmul double %12, %33
  %35 = fmul double %13, 0x3C1E542BA4020225
  %36 = fadd double 0xBCA6827863B97D97, %35
  %37 = fmul double %13, %36
  %38 = fadd double 0x3D2AE7F3E733B81F, %37
  %39 = fmul double %13, %38
  %40 = fadd double 0xBDA93974A8C07C9D, %39
  %41 = fmul double %13, %40
  %42 = fadd double 0x3E21EED8EFF8D898, %41
  %43 = fmul double %13, %42
  %44 = fadd double 0xBE927E4FB7789F5C, %43
  %45 = fmul double %13, %44
  %46 = fadd double 0x3EFA01A01A01A01A, %45
  %47 = fmul double %13, %46
  %48 = fadd double 0xBF56C16C16C16C17, %47
  %49 = fmul double %13, %48
  %50 = fadd double 0x3FA5555555555555, %49
  %51 = fmul double %13, %50
  %52 = fadd double -5.000000e-01, %51
  %53 = fmul double %13, %52
  %54 = fadd double 1.000000e+00, %53
  %55 = and i64 %5, 3
  %56 = and i64 %55, 1
  %57 = icmp eq i64 %56, 0
  %58 = select i1 %57, double %34, double %54
  %59 = and i64 %55, 2
  %60 = icmp eq i64 %59, 0
  %61 = fneg double %58
  %62 = select i1 %60, double %58, double %61
  %63 = call double @llvm.fabs.f64(double %0)
  %64 = fcmp olt double %63, 0x7FF0000000000000
  %65 = select i1 %64, double %62, double 0x7FF8000000000000
  ret double %65
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #0

define internal double @fractal_cos(double %0) {
entry:
  %1 = fmul double %0, 0x3FE45F306DC9C883
  %2 = fcmp oge double %1, 0.000000e+00
  %3 = select i1 %2, double 5.000000e-01, double -5.000000e-01
  %4 = fadd double %1, %3
  %5 = fptosi double %4 to i64
  %6 = sitofp i64 %5 to double
  %7 = fmul double %6, 0x3FF921FB54400000
  %8 = fsub double %0, %7
  %9 = fmul double %6, 0x3DD0B4611A600000
  %10 = fsub double %8, %9
  %11 = fmul double %6, 0x3BA3198A2E000000
  %12 = fsub double %10, %11
  %13 = fmul double %12, %12
  %14 = fmul double %13, 0x3BD71B8EF6DCF572
  %15 = fadd double 0xBC62F49B46814157, %14
  %16 = fmul double %13, %15
  %17 = fadd double 0x3CE952C77030AD4A, %16
  %18 = fmul double %13, %17
  %19 = fadd double 0xBD6AE7F3E733B81F, %18
  %20 = fmul double %13, %19
  %21 = fadd double 0x3DE6124613A86D09, %20
  %22 = fmul double %13, %21
  %23 = fadd double 0xBE5AE64567F544E4, %22
  %24 = fmul double %13, %23
  %25 = fadd double 0x3EC71DE3A556C734, %24
  %26 = fmul double %13, %25
  %27 = fadd double 0xBF2A01A01A01A01A, %26
  %28 = fmul double %13, %27
  %29 = fadd double 0x3F81111111111111, %28
  %30 = fmul double %13, %29
  %31 = fadd double 0xBFC5555555555555, %30
  %32 = fmul double %13, %31
  %33 = fadd double 1.000000e+00, %32
  %34 = fmul double %12, %33
  %35 = fmul double %13, 0x3C1E542BA4020225
  %36 = fadd double 0xBCA6827863B97D97, %35
  %37 = fmul double %13, %36
  %38 = fadd double 0x3D2AE7F3E733B81F, %37
  %39 = fmul double %13, %38
  %40 = fadd double 0xBDA93974A8C07C9D, %39
  %41 = fmul double %13, %40
  %42 = fadd double 0x3E21EED8EFF8D898, %41
  %43 = fmul double %13, %42
  %44 = fadd double 0xBE927E4FB7789F5C, %43
  %45 = fmul double %13, %44
  %46 = fadd double 0x3EFA01A01A01A01A, %45
  %47 = fmul double %13, %46
  %48 = fadd double 0xBF56C16C16C16C17, %47
  %49 = fmul double %13, %48
  %50 = fadd double 0x3FA5555555555555, %49
  %51 = fmul double %13, %50
  %52 = fadd double -5.000000e-01, %51
  %53 = fmul double %13, %52
  %54 = fadd double 1.000000e+00, %53
  %55 = add i64 %5, 1
  %56 = and i64 %55, 3
  %57 = and i64 %56, 1
  %58 = icmp eq i64 %57, 0
  %59 = select i1 %58, double %34, double %54
  %60 = and i64 %56, 2
  %61 = icmp eq i64 %60, 0
  %62 = fneg double %59
  %63 = select i1 %61, double %59, double %62
  %64 = call double @llvm.fabs.f64(double %0)
  %65 = fcmp olt double %64, 0x7FF0000000000000
  %66 = select i1 %65, double %63, double 0x7FF8000000000000
  ret double %66
}

define internal double @fractal_tanh(double %0) {
entry:
  %1 = call double @llvm.fabs.f64(double %0)
  %2 = fmul double 2.000000e+00, %1
  %3 = call double @fractal_expm1(double %2)
  %4 = fadd double %3, 2.000000e+00
  %5 = fdiv double %3, %4
  %6 = fcmp ogt double %1, 2.200000e+01
  %7 = select i1 %6, double 1.000000e+00, double %5
  %8 = fcmp olt double %0, 0.000000e+00
  %9 = fneg double %7
  %10 = select i1 %8, double %9, double %7
  %11 = fcmp oeq double %1, 0.000000e+00
  %12 = select i1 %11, double %0, double %10
  ret double %12
}

define internal double @fractal_pow(double %0, double %1) {
entry:
  %2 = call double @llvm.fabs.f64(double %0)
  %3 = call double @llvm.fabs.f64(double %1)
  %4 = call double @fractal_log(double %2)
  %5 = fmul double %1, %4
  %6 = call double @fractal_exp(double %5)
  %7 = fcmp olt double %3, 0x4340000000000000
  %8 = select i1 %7, double %1, double 0.000000e+00
  %9 = fptosi double %8 to i64
  %10 = sitofp i64 %9 to double
  %11 = fcmp oeq double %10, %1
  %12 = fcmp oge double %3, 0x4340000000000000
  %13 = or i1 %11, %12
  %14 = fcmp olt double %3, 0x7FF0000000000000
  %15 = and i1 %13, %14
  %16 = and i64 %9, 1
  %17 = icmp eq i64 %16, 1
  %18 = and i1 %7, %17
  %19 = fcmp olt double %0, 0.000000e+00
  %20 = and i1 %19, %18
  %21 = fneg double %6
  %22 = select i1 %20, double %21, double %6
  %23 = xor i1 %15, true
  %24 = and i1 %19, %23
  %25 = select i1 %24, double 0x7FF8000000000000, double %22
  %26 = fcmp oeq double %0, 0.000000e+00
  %27 = fcmp ogt double %1, 0.000000e+00
  %28 = select i1 %27, double 0.000000e+00, double 0x7FF0000000000000
  %29 = bitcast double %0 to i64
  %30 = icmp ne i64 %29, 0
  %31 = and i1 %26, %30
  %32 = and i1 %31, %18
  %33 = fneg double %28
  %34 = select i1 %32, double %33, double %28
  %35 = select i1 %26, double %34, double %25
  %36 = fcmp uno double %0, %1
  %37 = select i1 %36, double 0x7FF8000000000000, double %35
  %38 = fcmp olt double %3, 0x7FF0000000000000
  %39 = fcmp oeq double %0, 1.000000e+00
  %40 = select i1 %38, double 1.000000e+00, double 0x7FF8000000000000
  %41 = select i1 %39, double %40, double %37
  %42 = fcmp oeq double %1, 0.000000e+00
  %43 = select i1 %42, double 1.000000e+00, double %41
  ret double %43
}

define internal i32 @fractal_argmax(ptr %0, i64 %1) {
entry:
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = alloca i64, align 8
  store i64 -1, ptr %4, align 8
  store float 0xFFF0000000000000, ptr %3, align 4
  store i64 0, ptr %2, align 8
  br label %loop

loop:                                             ; preds = %endif, %entry
  %5 = load i64, ptr %2, align 8
  %6 = icmp slt i64 %5, %1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %0, i64 %5
  %8 = load float, ptr %7, align 4
  %9 = load float, ptr %3, align 4
  %10 = load i64, ptr %4, align 8
  %11 = icmp slt i64 %10, 0
  %12 = fcmp ogt float %8, %9
  %13 = fcmp oeq float %8, %9
  %14 = and i1 %11, %13
  %15 = or i1 %12, %14
  br i1 %15, label %then, label %endif

done:                                             ; preds = %loop
  %16 = load i64, ptr %4, align 8
  %17 = icmp slt i64 %16, 0
  %18 = select i1 %17, i64 0, i64 %16
  %19 = trunc i64 %18 to i32
  ret i32 %19

then:                                             ; preds = %body
  store i64 %5, ptr %4, align 8
  store float %8, ptr %3, align 4
  br label %endif

endif:                                            ; preds = %then, %body
  %20 = add i64 %5, 1
  store i64 %20, ptr %2, align 8
  br label %loop
}

define internal float @fractal_max_scaled(ptr %0, i64 %1, float %2) {
entry:
  %3 = alloca i64, align 8
  %4 = alloca float, align 4
  store float 0xFFF0000000000000, ptr %4, align 4
  store i64 0, ptr %3, align 8
  br label %loop

loop:                                             ; preds = %endif, %entry
  %5 = load i64, ptr %3, align 8
  %6 = icmp slt i64 %5, %1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %0, i64 %5
  %8 = load float, ptr %7, align 4
  %9 = fdiv float %8, %2
  %10 = load float, ptr %4, align 4
  %11 = fcmp ogt float %9, %10
  br i1 %11, label %then, label %endif

done:                                             ; preds = %loop
  %12 = load float, ptr %4, align 4
  ret float %12

then:                                             ; preds = %body
  store float %9, ptr %4, align 4
  br label %endif

endif:                                            ; preds = %then, %body
  %13 = add i64 %5, 1
  store i64 %13, ptr %3, align 8
  br label %loop
}

define internal i32 @fractal_sample_finish(ptr %0, ptr %1, i64 %2, i32 %3, float %4, i32 %5, i32 %6, i32 %7, i32 %8) {
entry:
  %9 = alloca i64, align 8
  %10 = alloca float, align 4
  %11 = alloca i64, align 8
  %12 = alloca float, align 4
  %13 = alloca i1, align 1
  %14 = alloca i64, align 8
  %15 = alloca float, align 4
  %16 = alloca i64, align 8
  %17 = alloca float, align 4
  %18 = alloca i64, align 8
  %19 = sext i32 %3 to i64
  %20 = icmp sgt i64 %19, 0
  %21 = icmp slt i64 %19, %2
  %22 = select i1 %21, i64 %19, i64 %2
  %23 = select i1 %20, i64 %22, i64 %2
  store i64 %23, ptr %18, align 8
  store float 0.000000e+00, ptr %17, align 4
  %24 = load i64, ptr %18, align 8
  store i64 0, ptr %16, align 8
  br label %loop

loop:                                             ; preds = %body, %entry
  %25 = load i64, ptr %16, align 8
  %26 = icmp slt i64 %25, %24
  br i1 %26, label %body, label %done

body:                                             ; preds = %loop
  %27 = load float, ptr %17, align 4
  %28 = getelementptr i64, ptr %1, i64 %25
  %29 = load i64, ptr %28, align 8
  %30 = trunc i64 %29 to i32
  %31 = zext i32 %30 to i64
  %32 = getelementptr float, ptr %0, i64 %31
  %33 = load float, ptr %32, align 4
  %34 = fadd float %27, %33
  store float %34, ptr %17, align 4
  %35 = add i64 %25, 1
  store i64 %35, ptr %16, align 8
  br label %loop

done:                                             ; preds = %loop
  %36 = load float, ptr %17, align 4
  %37 = fcmp olt float %4, 1.000000e+00
  br i1 %37, label %then, label %endif

then:                                             ; preds = %done
  store float 0.000000e+00, ptr %15, align 4
  store i64 0, ptr %14, align 8
  %38 = load i64, ptr %18, align 8
  store i1 true, ptr %13, align 1
  br label %while

endif:                                            ; preds = %wdone, %done
  %39 = load i64, ptr %18, align 8
  store float 0.000000e+00, ptr %12, align 4
  store i64 0, ptr %11, align 8
  br label %loop3

while:                                            ; preds = %endif2, %then
  %40 = load i1, ptr %13, align 1
  %41 = load i64, ptr %14, align 8
  %42 = icmp slt i64 %41, %38
  %43 = and i1 %40, %42
  br i1 %43, label %wbody, label %wdone

wbody:                                            ; preds = %while
  %44 = load i64, ptr %14, align 8
  %45 = load float, ptr %15, align 4
  %46 = getelementptr i64, ptr %1, i64 %44
  %47 = load i64, ptr %46, align 8
  %48 = trunc i64 %47 to i32
  %49 = zext i32 %48 to i64
  %50 = getelementptr float, ptr %0, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = fdiv float %51, %36
  %53 = fadd float %45, %52
  store float %53, ptr %15, align 4
  %54 = fcmp oge float %53, %4
  br i1 %54, label %then1, label %endif2

wdone:                                            ; preds = %while
  br label %endif

then1:                                            ; preds = %wbody
  %55 = add i64 %44, 1
  store i64 %55, ptr %18, align 8
  store i1 false, ptr %13, align 1
  br label %endif2

endif2:                                           ; preds = %then1, %wbody
  %56 = add i64 %44, 1
  store i64 %56, ptr %14, align 8
  br label %while

loop3:                                            ; preds = %body4, %endif
  %57 = load i64, ptr %11, align 8
  %58 = icmp slt i64 %57, %39
  br i1 %58, label %body4, label %done5

body4:                                            ; preds = %loop3
  %59 = load float, ptr %12, align 4
  %60 = getelementptr i64, ptr %1, i64 %57
  %61 = load i64, ptr %60, align 8
  %62 = trunc i64 %61 to i32
  %63 = zext i32 %62 to i64
  %64 = getelementptr float, ptr %0, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = fdiv float %65, %36
  %67 = fadd float %59, %66
  store float %67, ptr %12, align 4
  %68 = add i64 %57, 1
  store i64 %68, ptr %11, align 8
  br label %loop3

done5:                                            ; preds = %loop3
  %69 = zext i32 %8 to i64
  %70 = mul i64 3528531795, %69
  %71 = lshr i64 %70, 32
  %72 = trunc i64 %71 to i32
  %73 = trunc i64 %70 to i32
  %74 = xor i32 0, %7
  %75 = xor i32 %74, %5
  %76 = xor i32 %72, 0
  %77 = xor i32 %76, %6
  %78 = add i32 %5, -1640531527
  %79 = add i32 %6, -1150833019
  %80 = zext i32 %75 to i64
  %81 = mul i64 3528531795, %80
  %82 = zext i32 %77 to i64
  %83 = mul i64 3449720151, %82
  %84 = lshr i64 %81, 32
  %85 = trunc i64 %84 to i32
  %86 = trunc i64 %81 to i32
  %87 = lshr i64 %83, 32
  %88 = trunc i64 %87 to i32
  %89 = trunc i64 %83 to i32
  %90 = xor i32 %88, 0
  %91 = xor i32 %90, %78
  %92 = xor i32 %85, %73
  %93 = xor i32 %92, %79
  %94 = add i32 %78, -1640531527
  %95 = add i32 %79, -1150833019
  %96 = zext i32 %91 to i64
  %97 = mul i64 3528531795, %96
  %98 = zext i32 %93 to i64
  %99 = mul i64 3449720151, %98
  %100 = lshr i64 %97, 32
  %101 = trunc i64 %100 to i32
  %102 = trunc i64 %97 to i32
  %103 = lshr i64 %99, 32
  %104 = trunc i64 %103 to i32
  %105 = trunc i64 %99 to i32
  %106 = xor i32 %104, %89
  %107 = xor i32 %106, %94
  %108 = xor i32 %101, %86
  %109 = xor i32 %108, %95
  %110 = add i32 %94, -1640531527
  %111 = add i32 %95, -1150833019
  %112 = zext i32 %107 to i64
  %113 = mul i64 3528531795, %112
  %114 = zext i32 %109 to i64
  %115 = mul i64 3449720151, %114
  %116 = lshr i64 %113, 32
  %117 = trunc i64 %116 to i32
  %118 = trunc i64 %113 to i32
  %119 = lshr i64 %115, 32
  %120 = trunc i64 %119 to i32
  %121 = trunc i64 %115 to i32
  %122 = xor i32 %120, %105
  %123 = xor i32 %122, %110
  %124 = xor i32 %117, %102
  %125 = xor i32 %124, %111
  %126 = add i32 %110, -1640531527
  %127 = add i32 %111, -1150833019
  %128 = zext i32 %123 to i64
  %129 = mul i64 3528531795, %128
  %130 = zext i32 %125 to i64
  %131 = mul i64 3449720151, %130
  %132 = lshr i64 %129, 32
  %133 = trunc i64 %132 to i32
  %134 = trunc i64 %129 to i32
  %135 = lshr i64 %131, 32
  %136 = trunc i64 %135 to i32
  %137 = trunc i64 %131 to i32
  %138 = xor i32 %136, %121
  %139 = xor i32 %138, %126
  %140 = xor i32 %133, %118
  %141 = xor i32 %140, %127
  %142 = add i32 %126, -1640531527
  %143 = add i32 %127, -1150833019
  %144 = zext i32 %139 to i64
  %145 = mul i64 3528531795, %144
  %146 = zext i32 %141 to i64
  %147 = mul i64 3449720151, %146
  %148 = lshr i64 %145, 32
  %149 = trunc i64 %148 to i32
  %150 = trunc i64 %145 to i32
  %151 = lshr i64 %147, 32
  %152 = trunc i64 %151 to i32
  %153 = trunc i64 %147 to i32
  %154 = xor i32 %152, %137
  %155 = xor i32 %154, %142
  %156 = xor i32 %149, %134
  %157 = xor i32 %156, %143
  %158 = add i32 %142, -1640531527
  %159 = add i32 %143, -1150833019
  %160 = zext i32 %155 to i64
  %161 = mul i64 3528531795, %160
  %162 = zext i32 %157 to i64
  %163 = mul i64 3449720151, %162
  %164 = lshr i64 %161, 32
  %165 = trunc i64 %164 to i32
  %166 = trunc i64 %161 to i32
  %167 = lshr i64 %163, 32
  %168 = trunc i64 %167 to i32
  %169 = trunc i64 %163 to i32
  %170 = xor i32 %168, %153
  %171 = xor i32 %170, %158
  %172 = xor i32 %165, %150
  %173 = xor i32 %172, %159
  %174 = add i32 %158, -1640531527
  %175 = add i32 %159, -1150833019
  %176 = zext i32 %171 to i64
  %177 = mul i64 3528531795, %176
  %178 = zext i32 %173 to i64
  %179 = mul i64 3449720151, %178
  %180 = lshr i64 %177, 32
  %181 = trunc i64 %180 to i32
  %182 = trunc i64 %177 to i32
  %183 = lshr i64 %179, 32
  %184 = trunc i64 %183 to i32
  %185 = trunc i64 %179 to i32
  %186 = xor i32 %184, %169
  %187 = xor i32 %186, %174
  %188 = xor i32 %181, %166
  %189 = xor i32 %188, %175
  %190 = add i32 %174, -1640531527
  %191 = add i32 %175, -1150833019
  %192 = zext i32 %187 to i64
  %193 = mul i64 3528531795, %192
  %194 = zext i32 %189 to i64
  %195 = mul i64 3449720151, %194
  %196 = lshr i64 %193, 32
  %197 = trunc i64 %196 to i32
  %198 = trunc i64 %193 to i32
  %199 = lshr i64 %195, 32
  %200 = trunc i64 %199 to i32
  %201 = trunc i64 %195 to i32
  %202 = xor i32 %200, %185
  %203 = xor i32 %202, %190
  %204 = xor i32 %197, %182
  %205 = xor i32 %204, %191
  %206 = add i32 %190, -1640531527
  %207 = add i32 %191, -1150833019
  %208 = zext i32 %203 to i64
  %209 = mul i64 3528531795, %208
  %210 = zext i32 %205 to i64
  %211 = mul i64 3449720151, %210
  %212 = lshr i64 %209, 32
  %213 = trunc i64 %212 to i32
  %214 = trunc i64 %209 to i32
  %215 = lshr i64 %211, 32
  %216 = trunc i64 %215 to i32
  %217 = trunc i64 %211 to i32
  %218 = xor i32 %216, %201
  %219 = xor i32 %218, %206
  %220 = xor i32 %213, %198
  %221 = xor i32 %220, %207
  %222 = lshr i32 %219, 8
  %223 = uitofp i32 %222 to float
  %224 = fmul float %223, 0x3E70000000000000
  %225 = load float, ptr %12, align 4
  %226 = fmul float %224, %225
  store float 0.000000e+00, ptr %10, align 4
  store i64 0, ptr %9, align 8
  br label %loop6

loop6:                                            ; preds = %endif10, %done5
  %227 = load i64, ptr %9, align 8
  %228 = icmp slt i64 %227, %39
  br i1 %228, label %body7, label %done8

body7:                                            ; preds = %loop6
  %229 = load float, ptr %10, align 4
  %230 = getelementptr i64, ptr %1, i64 %227
  %231 = load i64, ptr %230, align 8
  %232 = trunc i64 %231 to i32
  %233 = zext i32 %232 to i64
  %234 = getelementptr float, ptr %0, i64 %233
  %235 = load float, ptr %234, align 4
  %236 = fdiv float %235, %36
  %237 = fadd float %229, %236
  store float %237, ptr %10, align 4
  %238 = fcmp ogt float %237, %226
  br i1 %238, label %then9, label %endif10

done8:                                            ; preds = %loop6
  %239 = sub i64 %39, 1
  %240 = getelementptr i64, ptr %1, i64 %239
  %241 = load i64, ptr %240, align 8
  %242 = trunc i64 %241 to i32
  ret i32 %242

then9:                                            ; preds = %body7
  %243 = getelementptr i64, ptr %1, i64 %227
  %244 = load i64, ptr %243, align 8
  %245 = trunc i64 %244 to i32
  ret i32 %245

endif10:                                          ; preds = %body7
  %246 = add i64 %227, 1
  store i64 %246, ptr %9, align 8
  br label %loop6
}

define ptx_kernel void @fractal_generate(ptr %0) #1 {
entry:
  %1 = alloca i1, align 1
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i1, align 1
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i64, align 8
  %25 = alloca i64, align 8
  %26 = alloca i64, align 8
  %27 = alloca i64, align 8
  %28 = alloca i64, align 8
  %29 = alloca i64, align 8
  %30 = alloca i64, align 8
  %31 = alloca i64, align 8
  %32 = alloca i64, align 8
  %33 = alloca i64, align 8
  %34 = alloca i64, align 8
  %35 = alloca i64, align 8
  %36 = alloca i64, align 8
  %37 = alloca i64, align 8
  %38 = alloca i64, align 8
  %39 = alloca i64, align 8
  %40 = alloca i64, align 8
  %41 = alloca i64, align 8
  %42 = alloca i64, align 8
  %43 = alloca i64, align 8
  %44 = alloca i64, align 8
  %45 = alloca i64, align 8
  %46 = alloca i64, align 8
  %47 = alloca i64, align 8
  %48 = alloca i64, align 8
  %49 = alloca i64, align 8
  %50 = alloca i64, align 8
  %51 = alloca i64, align 8
  %52 = alloca i64, align 8
  %53 = alloca i64, align 8
  %54 = alloca i64, align 8
  %55 = alloca i64, align 8
  %56 = alloca i64, align 8
  %57 = alloca i64, align 8
  %58 = alloca i64, align 8
  %59 = alloca i64, align 8
  %60 = alloca i64, align 8
  %61 = alloca i64, align 8
  %62 = alloca i64, align 8
  %63 = alloca i64, align 8
  %64 = alloca i64, align 8
  %65 = alloca i64, align 8
  %66 = alloca i64, align 8
  %67 = alloca i64, align 8
  %68 = alloca i64, align 8
  %69 = alloca i64, align 8
  %70 = alloca i64, align 8
  %71 = alloca i64, align 8
  %72 = alloca i64, align 8
  %73 = alloca i64, align 8
  %74 = alloca i64, align 8
  %75 = alloca i64, align 8
  %76 = alloca i64, align 8
  %77 = alloca i64, align 8
  %78 = alloca i64, align 8
  %79 = alloca i64, align 8
  %80 = alloca i64, align 8
  %81 = alloca i64, align 8
  %82 = alloca i64, align 8
  %83 = alloca i64, align 8
  %84 = alloca i64, align 8
  %85 = alloca i64, align 8
  %86 = alloca i64, align 8
  %87 = alloca i64, align 8
  %88 = alloca i64, align 8
  %89 = alloca i64, align 8
  %90 = alloca i64, align 8
  %91 = alloca i64, align 8
  %92 = alloca i64, align 8
  %93 = alloca i64, align 8
  %94 = alloca i64, align 8
  %95 = alloca i64, align 8
  %96 = alloca i64, align 8
  %97 = alloca i64, align 8
  %98 = alloca i64, align 8
  %99 = alloca i64, align 8
  %100 = alloca i64, align 8
  %101 = alloca i64, align 8
  %102 = alloca i64, align 8
  %103 = alloca i64, align 8
  %104 = alloca i64, align 8
  %105 = alloca i64, align 8
  %106 = alloca i64, align 8
  %107 = alloca i64, align 8
  %108 = alloca i64, align 8
  %109 = alloca i64, align 8
  %110 = alloca i64, align 8
  %111 = alloca i64, align 8
  %112 = alloca i64, align 8
  %113 = alloca i64, align 8
  %114 = alloca i64, align 8
  %115 = alloca i64, align 8
  %116 = alloca i64, align 8
  %117 = alloca i64, align 8
  %118 = alloca i64, align 8
  %119 = alloca i64, align 8
  %120 = alloca i64, align 8
  %121 = alloca i64, align 8
  %122 = alloca i64, align 8
  %123 = alloca i64, align 8
  %124 = alloca i64, align 8
  %125 = alloca i64, align 8
  %126 = alloca i64, align 8
  %127 = alloca i64, align 8
  %128 = alloca i64, align 8
  %129 = alloca i64, align 8
  %130 = alloca i64, align 8
  %131 = alloca i64, align 8
  %132 = alloca i64, align 8
  %133 = alloca i64, align 8
  %134 = alloca i64, align 8
  %135 = alloca float, align 4
  %136 = alloca i32, align 4
  %137 = alloca i64, align 8
  %138 = alloca float, align 4
  %139 = alloca i64, align 8
  %140 = alloca float, align 4
  %141 = alloca i32, align 4
  %142 = alloca i64, align 8
  %143 = alloca float, align 4
  %144 = alloca i64, align 8
  %145 = alloca i64, align 8
  %146 = alloca i1, align 1
  %147 = alloca i32, align 4
  %148 = alloca i64, align 8
  %149 = alloca float, align 4
  %150 = alloca i64, align 8
  %151 = alloca i64, align 8
  %152 = alloca i64, align 8
  %153 = alloca i1, align 1
  %154 = alloca i32, align 4
  %155 = alloca i64, align 8
  %156 = alloca float, align 4
  %157 = alloca i64, align 8
  %158 = alloca i64, align 8
  %159 = alloca i1, align 1
  %160 = alloca i32, align 4
  %161 = alloca i64, align 8
  %162 = alloca i64, align 8
  %163 = alloca i1, align 1
  %164 = alloca i32, align 4
  %165 = alloca i64, align 8
  %166 = alloca i64, align 8
  %167 = alloca i64, align 8
  %168 = alloca i64, align 8
  %169 = alloca i64, align 8
  %170 = alloca i64, align 8
  %171 = alloca i1, align 1
  %172 = alloca i32, align 4
  %173 = alloca i64, align 8
  %174 = alloca float, align 4
  %175 = alloca i64, align 8
  %176 = alloca i64, align 8
  %177 = alloca i64, align 8
  %178 = alloca i1, align 1
  %179 = alloca i32, align 4
  %180 = alloca i64, align 8
  %181 = alloca i64, align 8
  %182 = alloca i1, align 1
  %183 = alloca i32, align 4
  %184 = alloca i64, align 8
  %185 = alloca float, align 4
  %186 = alloca i64, align 8
  %187 = alloca i64, align 8
  %188 = alloca i64, align 8
  %189 = alloca i64, align 8
  %190 = alloca float, align 4
  %191 = alloca i64, align 8
  %192 = alloca i64, align 8
  %193 = alloca i64, align 8
  %194 = alloca i1, align 1
  %195 = alloca i32, align 4
  %196 = alloca i64, align 8
  %197 = alloca float, align 4
  %198 = alloca i64, align 8
  %199 = alloca i64, align 8
  %200 = alloca i64, align 8
  %201 = alloca i1, align 1
  %202 = alloca i32, align 4
  %203 = alloca i64, align 8
  %204 = alloca float, align 4
  %205 = alloca i64, align 8
  %206 = alloca i64, align 8
  %207 = alloca i64, align 8
  %208 = alloca i1, align 1
  %209 = alloca i32, align 4
  %210 = alloca i64, align 8
  %211 = alloca i64, align 8
  %212 = alloca float, align 4
  %213 = alloca i64, align 8
  %214 = alloca i64, align 8
  %215 = alloca i64, align 8
  %216 = alloca float, align 4
  %217 = alloca i64, align 8
  %218 = alloca i64, align 8
  %219 = alloca i64, align 8
  %220 = alloca float, align 4
  %221 = alloca i64, align 8
  %222 = alloca i64, align 8
  %223 = alloca i64, align 8
  %224 = alloca float, align 4
  %225 = alloca float, align 4
  %226 = alloca float, align 4
  %227 = alloca float, align 4
  %228 = alloca float, align 4
  %229 = alloca float, align 4
  %230 = alloca float, align 4
  %231 = alloca float, align 4
  %232 = alloca float, align 4
  %233 = alloca float, align 4
  %234 = alloca float, align 4
  %235 = alloca float, align 4
  %236 = alloca float, align 4
  %237 = alloca float, align 4
  %238 = alloca float, align 4
  %239 = alloca float, align 4
  %240 = alloca float, align 4
  %241 = alloca float, align 4
  %242 = alloca float, align 4
  %243 = alloca float, align 4
  %244 = alloca float, align 4
  %245 = alloca float, align 4
  %246 = alloca float, align 4
  %247 = alloca float, align 4
  %248 = alloca float, align 4
  %249 = alloca float, align 4
  %250 = alloca float, align 4
  %251 = alloca float, align 4
  %252 = alloca float, align 4
  %253 = alloca float, align 4
  %254 = alloca float, align 4
  %255 = alloca float, align 4
  %256 = alloca i64, align 8
  %257 = alloca i64, align 8
  %258 = alloca i64, align 8
  %259 = alloca i64, align 8
  %260 = alloca i1, align 1
  %261 = alloca i32, align 4
  %262 = alloca i64, align 8
  %263 = alloca i1, align 1
  %264 = alloca i32, align 4
  %265 = alloca i64, align 8
  %266 = alloca i64, align 8
  %267 = alloca i64, align 8
  %268 = alloca i64, align 8
  %269 = alloca i64, align 8
  %270 = alloca i64, align 8
  %271 = alloca i64, align 8
  %272 = alloca i64, align 8
  %273 = alloca i64, align 8
  %274 = alloca i1, align 1
  %275 = alloca i32, align 4
  %276 = alloca i64, align 8
  %277 = alloca float, align 4
  %278 = alloca i64, align 8
  %279 = alloca i64, align 8
  %280 = alloca i64, align 8
  %281 = alloca i64, align 8
  %282 = alloca float, align 4
  %283 = alloca i64, align 8
  %284 = alloca i64, align 8
  %285 = alloca i64, align 8
  %286 = alloca i64, align 8
  %287 = alloca float, align 4
  %288 = alloca i64, align 8
  %289 = alloca i64, align 8
  %290 = alloca i64, align 8
  %291 = alloca i1, align 1
  %292 = alloca i32, align 4
  %293 = alloca i64, align 8
  %294 = alloca float, align 4
  %295 = alloca i64, align 8
  %296 = alloca i64, align 8
  %297 = alloca i64, align 8
  %298 = alloca i1, align 1
  %299 = alloca i32, align 4
  %300 = alloca i64, align 8
  %301 = alloca i64, align 8
  %302 = alloca i1, align 1
  %303 = alloca i32, align 4
  %304 = alloca i64, align 8
  %305 = alloca i64, align 8
  %306 = alloca i64, align 8
  %307 = alloca i64, align 8
  %308 = alloca i64, align 8
  %309 = alloca i64, align 8
  %310 = alloca i64, align 8
  %311 = alloca i64, align 8
  %312 = alloca i64, align 8
  %313 = alloca i64, align 8
  %314 = alloca i1, align 1
  %315 = alloca i32, align 4
  %316 = alloca i64, align 8
  %317 = alloca i64, align 8
  %318 = alloca i64, align 8
  %319 = alloca i64, align 8
  %320 = alloca i64, align 8
  %321 = alloca i64, align 8
  %322 = alloca i64, align 8
  %323 = alloca i64, align 8
  %324 = alloca i1, align 1
  %325 = alloca i64, align 8
  %326 = alloca i64, align 8
  %327 = alloca i64, align 8
  %328 = alloca i32, align 4
  %329 = alloca i32, align 4
  %330 = alloca i32, align 4
  %331 = alloca i32, align 4
  %332 = alloca i32, align 4
  %333 = alloca i64, align 8
  %334 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %335 = zext i32 %334 to i64
  %336 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %337 = zext i32 %336 to i64
  %338 = getelementptr i64, ptr %0, i64 14
  %339 = load i64, ptr %338, align 8
  %340 = getelementptr i64, ptr %0, i64 15
  %341 = load i64, ptr %340, align 8
  %342 = mul i64 %335, %341
  %343 = add i64 %342, %337
  %344 = mul i64 %339, %341
  %345 = getelementptr i64, ptr %0, i64 13
  %346 = load i64, ptr %345, align 8
  %347 = getelementptr i64, ptr %0, i64 12
  %348 = load i64, ptr %347, align 8
  %349 = inttoptr i64 %348 to ptr
  %350 = getelementptr i64, ptr %0, i64 11
  %351 = load i64, ptr %350, align 8
  %352 = inttoptr i64 %351 to ptr
  %353 = getelementptr i64, ptr %0, i64 6
  %354 = load i64, ptr %353, align 8
  %355 = and i64 %354, -64
  %356 = inttoptr i64 %355 to ptr
  %357 = getelementptr i64, ptr %0, i64 16
  %358 = load i64, ptr %357, align 8
  %359 = and i64 %358, -16
  %360 = getelementptr i64, ptr %0, i64 7
  %361 = load i64, ptr %360, align 8
  %362 = and i64 %361, -64
  %363 = inttoptr i64 %362 to ptr
  %364 = getelementptr i64, ptr %0, i64 21
  %365 = load i64, ptr %364, align 8
  %366 = and i64 %365, -16
  %367 = getelementptr i64, ptr %0, i64 5
  %368 = load i64, ptr %367, align 8
  %369 = and i64 %368, -64
  %370 = inttoptr i64 %369 to ptr
  %371 = getelementptr i64, ptr %0, i64 17
  %372 = load i64, ptr %371, align 8
  %373 = and i64 %372, -16
  store i64 0, ptr %333, align 8
  %374 = getelementptr i64, ptr %0, i64 22
  %375 = load i64, ptr %374, align 8
  %376 = inttoptr i64 %375 to ptr
  store i32 0, ptr %332, align 4
  store i32 0, ptr %331, align 4
  store i32 0, ptr %330, align 4
  store i32 0, ptr %329, align 4
  store i32 0, ptr %328, align 4
  store i64 0, ptr %327, align 8
  store i64 0, ptr %326, align 8
  store i64 0, ptr %325, align 8
  br label %step

step:                                             ; preds = %endif1965, %entry
  %377 = load i64, ptr %333, align 8
  store i1 true, ptr %324, align 1
  store i64 0, ptr %323, align 8
  br label %loop

stepbody:                                         ; preds = %endif4
  store i64 %335, ptr %322, align 8
  br label %loop5

exit:                                             ; preds = %endif4
  ret void

loop:                                             ; preds = %endif, %step
  %378 = load i64, ptr %323, align 8
  %379 = icmp slt i64 %378, %346
  br i1 %379, label %body, label %done

body:                                             ; preds = %loop
  %380 = mul i64 %378, 8
  %381 = add i64 %380, 1
  %382 = getelementptr i32, ptr %352, i64 %381
  %383 = load i32, ptr %382, align 4
  %384 = icmp eq i32 %383, 0
  br i1 %384, label %then, label %endif

done:                                             ; preds = %loop
  %385 = getelementptr i32, ptr %349, i64 2
  %386 = load atomic volatile i32, ptr %385 acquire, align 4
  %387 = icmp ne i32 %386, 0
  %388 = getelementptr i32, ptr %349, i64 4
  %389 = load atomic volatile i32, ptr %388 acquire, align 4
  %390 = icmp ne i32 %389, 0
  %391 = getelementptr i64, ptr %0, i64 19
  %392 = load i64, ptr %391, align 8
  %393 = icmp sge i64 %377, %392
  %394 = load i1, ptr %324, align 1
  %395 = icmp eq i64 %343, 0
  %396 = or i1 %394, %387
  %397 = xor i1 %396, true
  %398 = and i1 %393, %397
  %399 = and i1 %395, %398
  br i1 %399, label %then1, label %endif2

then:                                             ; preds = %body
  store i1 false, ptr %324, align 1
  br label %endif

endif:                                            ; preds = %then, %body
  %400 = add i64 %378, 1
  store i64 %400, ptr %323, align 8
  br label %loop

then1:                                            ; preds = %done
  %401 = getelementptr i32, ptr %349, i64 2
  %402 = cmpxchg ptr %401, i32 0, i32 5 seq_cst seq_cst, align 4
  %403 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 0, ptr %403 monotonic, align 4
  br label %endif2

endif2:                                           ; preds = %then1, %done
  %404 = or i1 %394, %387
  %405 = xor i1 %404, true
  %406 = and i1 %390, %405
  br i1 %406, label %then3, label %endif4

then3:                                            ; preds = %endif2
  %407 = getelementptr i32, ptr %349, i64 2
  %408 = cmpxchg ptr %407, i32 0, i32 6 seq_cst seq_cst, align 4
  %409 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 0, ptr %409 monotonic, align 4
  br label %endif4

endif4:                                           ; preds = %then3, %endif2
  %410 = or i1 %394, %387
  %411 = or i1 %390, %393
  %412 = or i1 %410, %411
  br i1 %412, label %exit, label %stepbody

loop5:                                            ; preds = %endif9, %stepbody
  %413 = load i64, ptr %322, align 8
  %414 = icmp slt i64 %413, %346
  br i1 %414, label %body6, label %done7

body6:                                            ; preds = %loop5
  %415 = mul i64 %413, 8
  %416 = add i64 %415, 1
  %417 = getelementptr i32, ptr %352, i64 %416
  %418 = load i32, ptr %417, align 4
  %419 = icmp eq i32 %418, 0
  br i1 %419, label %then8, label %endif9

done7:                                            ; preds = %loop5
  call void @llvm.nvvm.barrier0()
  %420 = icmp eq i64 %337, 0
  br i1 %420, label %then40, label %endif41

then8:                                            ; preds = %body6
  %421 = mul i64 %413, %359
  %422 = getelementptr i8, ptr %356, i64 %421
  %423 = getelementptr i8, ptr %422, i64 0
  store i64 %337, ptr %321, align 8
  br label %loop10

endif9:                                           ; preds = %endif39, %body6
  %424 = add i64 %413, %339
  store i64 %424, ptr %322, align 8
  br label %loop5

loop10:                                           ; preds = %body11, %then8
  %425 = load i64, ptr %321, align 8
  %426 = icmp slt i64 %425, 6
  br i1 %426, label %body11, label %done12

body11:                                           ; preds = %loop10
  %427 = trunc i64 %425 to i32
  %428 = getelementptr i32, ptr %423, i64 %425
  store i32 %427, ptr %428, align 4
  %429 = add i64 %425, %341
  store i64 %429, ptr %321, align 8
  br label %loop10

done12:                                           ; preds = %loop10
  call void @llvm.nvvm.barrier0()
  %430 = mul i64 %413, %359
  %431 = getelementptr i8, ptr %356, i64 %430
  %432 = getelementptr i8, ptr %431, i64 32
  %433 = icmp eq i64 %337, 0
  br i1 %433, label %then13, label %endif14

then13:                                           ; preds = %done12
  %434 = getelementptr float, ptr %432, i64 0
  store float 2.880000e+02, ptr %434, align 4
  br label %endif14

endif14:                                          ; preds = %then13, %done12
  call void @llvm.nvvm.barrier0()
  %435 = mul i64 %413, %359
  %436 = getelementptr i8, ptr %356, i64 %435
  %437 = getelementptr i8, ptr %436, i64 48
  %438 = icmp eq i64 %337, 0
  br i1 %438, label %then15, label %endif16

then15:                                           ; preds = %endif14
  %439 = getelementptr float, ptr %437, i64 0
  store float 0x3EE4F8B580000000, ptr %439, align 4
  br label %endif16

endif16:                                          ; preds = %then15, %endif14
  call void @llvm.nvvm.barrier0()
  %440 = mul i64 %413, %359
  %441 = getelementptr i8, ptr %356, i64 %440
  %442 = getelementptr i8, ptr %441, i64 64
  store i64 %337, ptr %320, align 8
  br label %loop17

loop17:                                           ; preds = %body18, %endif16
  %443 = load i64, ptr %320, align 8
  %444 = icmp slt i64 %443, 144
  br i1 %444, label %body18, label %done19

body18:                                           ; preds = %loop17
  %445 = trunc i64 %443 to i32
  %446 = getelementptr i32, ptr %442, i64 %443
  store i32 %445, ptr %446, align 4
  %447 = add i64 %443, %341
  store i64 %447, ptr %320, align 8
  br label %loop17

done19:                                           ; preds = %loop17
  call void @llvm.nvvm.barrier0()
  %448 = mul i64 %413, %359
  %449 = getelementptr i8, ptr %356, i64 %448
  %450 = getelementptr i8, ptr %449, i64 640
  %451 = icmp eq i64 %337, 0
  br i1 %451, label %then20, label %endif21

then20:                                           ; preds = %done19
  %452 = getelementptr i32, ptr %450, i64 0
  store i32 1, ptr %452, align 4
  br label %endif21

endif21:                                          ; preds = %then20, %done19
  call void @llvm.nvvm.barrier0()
  %453 = mul i64 %413, %359
  %454 = getelementptr i8, ptr %356, i64 %453
  %455 = getelementptr i8, ptr %454, i64 656
  %456 = mul i64 %413, 8
  %457 = add i64 %456, 2
  %458 = getelementptr i32, ptr %352, i64 %457
  %459 = mul i64 %413, %359
  %460 = getelementptr i8, ptr %356, i64 %459
  %461 = getelementptr i8, ptr %460, i64 640
  store i64 %337, ptr %319, align 8
  br label %loop22

loop22:                                           ; preds = %body23, %endif21
  %462 = load i64, ptr %319, align 8
  %463 = icmp slt i64 %462, 1
  br i1 %463, label %body23, label %done24

body23:                                           ; preds = %loop22
  %464 = getelementptr i32, ptr %458, i64 0
  %465 = load i32, ptr %464, align 4
  %466 = getelementptr i32, ptr %461, i64 0
  %467 = load i32, ptr %466, align 4
  %468 = add i32 %465, %467
  %469 = getelementptr i32, ptr %455, i64 %462
  store i32 %468, ptr %469, align 4
  %470 = add i64 %462, %341
  store i64 %470, ptr %319, align 8
  br label %loop22

done24:                                           ; preds = %loop22
  call void @llvm.nvvm.barrier0()
  %471 = mul i64 %413, %359
  %472 = getelementptr i8, ptr %356, i64 %471
  %473 = getelementptr i8, ptr %472, i64 672
  %474 = mul i64 %413, %359
  %475 = getelementptr i8, ptr %356, i64 %474
  %476 = getelementptr i8, ptr %475, i64 656
  %477 = getelementptr i64, ptr %0, i64 3
  %478 = load i64, ptr %477, align 8
  %479 = inttoptr i64 %478 to ptr
  %480 = getelementptr i32, ptr %479, i64 %413
  store i64 %337, ptr %318, align 8
  br label %loop25

loop25:                                           ; preds = %body26, %done24
  %481 = load i64, ptr %318, align 8
  %482 = icmp slt i64 %481, 1
  br i1 %482, label %body26, label %done27

body26:                                           ; preds = %loop25
  %483 = getelementptr i32, ptr %476, i64 0
  %484 = load i32, ptr %483, align 4
  %485 = getelementptr i32, ptr %480, i64 0
  %486 = load i32, ptr %485, align 4
  %487 = icmp slt i32 %484, %486
  %488 = zext i1 %487 to i32
  %489 = getelementptr i32, ptr %473, i64 %481
  store i32 %488, ptr %489, align 4
  %490 = add i64 %481, %341
  store i64 %490, ptr %318, align 8
  br label %loop25

done27:                                           ; preds = %loop25
  call void @llvm.nvvm.barrier0()
  %491 = mul i64 %413, %359
  %492 = getelementptr i8, ptr %356, i64 %491
  %493 = getelementptr i8, ptr %492, i64 688
  %494 = mul i64 %413, %359
  %495 = getelementptr i8, ptr %356, i64 %494
  %496 = getelementptr i8, ptr %495, i64 656
  %497 = getelementptr i64, ptr %0, i64 3
  %498 = load i64, ptr %497, align 8
  %499 = inttoptr i64 %498 to ptr
  %500 = getelementptr i32, ptr %499, i64 %413
  %501 = mul i64 %413, %359
  %502 = getelementptr i8, ptr %356, i64 %501
  %503 = getelementptr i8, ptr %502, i64 640
  store i64 %337, ptr %317, align 8
  br label %loop28

loop28:                                           ; preds = %body29, %done27
  %504 = load i64, ptr %317, align 8
  %505 = icmp slt i64 %504, 1
  br i1 %505, label %body29, label %done30

body29:                                           ; preds = %loop28
  %506 = getelementptr i32, ptr %496, i64 0
  %507 = load i32, ptr %506, align 4
  %508 = getelementptr i32, ptr %500, i64 0
  %509 = load i32, ptr %508, align 4
  %510 = getelementptr i32, ptr %503, i64 0
  %511 = load i32, ptr %510, align 4
  %512 = sub i32 %509, %511
  %513 = icmp slt i32 %507, %512
  %514 = select i1 %513, i32 %507, i32 %512
  %515 = getelementptr i32, ptr %493, i64 %504
  store i32 %514, ptr %515, align 4
  %516 = add i64 %504, %341
  store i64 %516, ptr %317, align 8
  br label %loop28

done30:                                           ; preds = %loop28
  call void @llvm.nvvm.barrier0()
  %517 = mul i64 %413, %359
  %518 = getelementptr i8, ptr %356, i64 %517
  %519 = getelementptr i8, ptr %518, i64 704
  %520 = mul i64 %413, %359
  %521 = getelementptr i8, ptr %356, i64 %520
  %522 = getelementptr i8, ptr %521, i64 656
  %523 = getelementptr i64, ptr %0, i64 3
  %524 = load i64, ptr %523, align 8
  %525 = inttoptr i64 %524 to ptr
  %526 = getelementptr i32, ptr %525, i64 %413
  store i64 %337, ptr %316, align 8
  br label %loop31

loop31:                                           ; preds = %body32, %done30
  %527 = load i64, ptr %316, align 8
  %528 = icmp slt i64 %527, 1
  br i1 %528, label %body32, label %done33

body32:                                           ; preds = %loop31
  %529 = getelementptr i32, ptr %522, i64 0
  %530 = load i32, ptr %529, align 4
  %531 = getelementptr i32, ptr %526, i64 0
  %532 = load i32, ptr %531, align 4
  %533 = sub i32 %530, %532
  %534 = getelementptr i32, ptr %519, i64 %527
  store i32 %533, ptr %534, align 4
  %535 = add i64 %527, %341
  store i64 %535, ptr %316, align 8
  br label %loop31

done33:                                           ; preds = %loop31
  call void @llvm.nvvm.barrier0()
  %536 = mul i64 %413, %359
  %537 = getelementptr i8, ptr %356, i64 %536
  %538 = getelementptr i8, ptr %537, i64 720
  %539 = icmp eq i64 %337, 0
  br i1 %539, label %then34, label %endif35

then34:                                           ; preds = %done33
  %540 = getelementptr i32, ptr %538, i64 0
  store i32 2, ptr %540, align 4
  br label %endif35

endif35:                                          ; preds = %then34, %done33
  call void @llvm.nvvm.barrier0()
  %541 = mul i64 %413, %359
  %542 = getelementptr i8, ptr %356, i64 %541
  %543 = getelementptr i8, ptr %542, i64 736
  %544 = icmp eq i64 %337, 0
  br i1 %544, label %then36, label %endif37

then36:                                           ; preds = %endif35
  %545 = getelementptr i32, ptr %543, i64 0
  store i32 3, ptr %545, align 4
  br label %endif37

endif37:                                          ; preds = %then36, %endif35
  call void @llvm.nvvm.barrier0()
  %546 = mul i64 %413, %359
  %547 = getelementptr i8, ptr %356, i64 %546
  %548 = getelementptr i8, ptr %547, i64 752
  %549 = icmp eq i64 %337, 0
  br i1 %549, label %then38, label %endif39

then38:                                           ; preds = %endif37
  %550 = getelementptr i32, ptr %548, i64 0
  store i32 0, ptr %550, align 4
  br label %endif39

endif39:                                          ; preds = %then38, %endif37
  call void @llvm.nvvm.barrier0()
  br label %endif9

then40:                                           ; preds = %done7
  fence syncscope("device") seq_cst
  %551 = getelementptr i32, ptr %349, i64 1
  %552 = load atomic i32, ptr %551 syncscope("device") acquire, align 4
  %553 = getelementptr i32, ptr %349, i64 0
  %554 = atomicrmw add ptr %553, i32 1 syncscope("device") acq_rel, align 4
  %555 = sext i32 %554 to i64
  %556 = sub i64 %339, 1
  %557 = icmp eq i64 %555, %556
  br i1 %557, label %then42, label %else

endif41:                                          ; preds = %endif43, %done7
  call void @llvm.nvvm.barrier0()
  %558 = mul i64 %343, %366
  %559 = getelementptr i8, ptr %363, i64 %558
  %560 = mul i64 %346, 144
  %561 = load i64, ptr %327, align 8
  %562 = srem i64 %561, %344
  %563 = sub i64 %343, %562
  %564 = add i64 %563, %344
  %565 = srem i64 %564, %344
  %566 = add i64 %562, %560
  %567 = srem i64 %566, %344
  store i64 %567, ptr %327, align 8
  store i64 %565, ptr %313, align 8
  br label %loop46

then42:                                           ; preds = %then40
  %568 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %568 syncscope("device") monotonic, align 4
  %569 = getelementptr i32, ptr %349, i64 1
  %570 = atomicrmw add ptr %569, i32 1 syncscope("device") acq_rel, align 4
  br label %endif43

else:                                             ; preds = %then40
  store i32 0, ptr %315, align 4
  store i1 true, ptr %314, align 1
  br label %while

endif43:                                          ; preds = %wdone, %then42
  fence syncscope("device") seq_cst
  br label %endif41

while:                                            ; preds = %endif45, %else
  %571 = getelementptr i32, ptr %349, i64 1
  %572 = load atomic i32, ptr %571 syncscope("device") acquire, align 4
  %573 = icmp eq i32 %572, %552
  %574 = load i1, ptr %314, align 1
  %575 = and i1 %573, %574
  br i1 %575, label %wbody, label %wdone

wbody:                                            ; preds = %while
  call void @llvm.nvvm.nanosleep(i32 64)
  %576 = load i32, ptr %315, align 4
  %577 = add i32 %576, 1
  store i32 %577, ptr %315, align 4
  %578 = and i32 %577, 63
  %579 = icmp eq i32 %578, 0
  br i1 %579, label %then44, label %endif45

wdone:                                            ; preds = %while
  br label %endif43

then44:                                           ; preds = %wbody
  %580 = getelementptr i32, ptr %349, i64 2
  %581 = load atomic volatile i32, ptr %580 monotonic, align 4
  %582 = icmp eq i32 %581, 0
  store i1 %582, ptr %314, align 1
  br label %endif45

endif45:                                          ; preds = %then44, %wbody
  br label %while

loop46:                                           ; preds = %endif50, %endif41
  %583 = load i64, ptr %313, align 8
  %584 = icmp slt i64 %583, %560
  br i1 %584, label %body47, label %done48

body47:                                           ; preds = %loop46
  %585 = srem i64 %583, %346
  %586 = sdiv i64 %583, %346
  %587 = mul i64 %585, 8
  %588 = add i64 %587, 1
  %589 = getelementptr i32, ptr %352, i64 %588
  %590 = load i32, ptr %589, align 4
  %591 = icmp eq i32 %590, 0
  br i1 %591, label %then49, label %endif50

done48:                                           ; preds = %loop46
  %592 = mul i64 %343, %366
  %593 = getelementptr i8, ptr %363, i64 %592
  %594 = mul i64 %346, 144
  %595 = load i64, ptr %327, align 8
  %596 = srem i64 %595, %344
  %597 = sub i64 %343, %596
  %598 = add i64 %597, %344
  %599 = srem i64 %598, %344
  %600 = add i64 %596, %594
  %601 = srem i64 %600, %344
  store i64 %601, ptr %327, align 8
  store i64 %599, ptr %308, align 8
  br label %loop77

then49:                                           ; preds = %body47
  %602 = mul i64 %585, %359
  %603 = getelementptr i8, ptr %356, i64 %602
  %604 = getelementptr i8, ptr %603, i64 64
  %605 = icmp slt i64 %586, 144
  br i1 %605, label %then51, label %endif52

endif50:                                          ; preds = %endif52, %body47
  %606 = add i64 %583, %344
  store i64 %606, ptr %313, align 8
  br label %loop46

then51:                                           ; preds = %then49
  %607 = mul i64 %585, %359
  %608 = getelementptr i8, ptr %356, i64 %607
  %609 = getelementptr i8, ptr %608, i64 768
  %610 = mul i64 %585, %359
  %611 = getelementptr i8, ptr %356, i64 %610
  %612 = getelementptr i8, ptr %611, i64 1344
  %613 = mul i64 %585, %359
  %614 = getelementptr i8, ptr %356, i64 %613
  %615 = getelementptr i8, ptr %614, i64 64
  %616 = mul i64 %586, 1
  %617 = getelementptr i32, ptr %615, i64 %616
  %618 = getelementptr i8, ptr %559, i64 0
  br i1 true, label %then53, label %endif54

endif52:                                          ; preds = %done76, %then49
  br label %endif50

then53:                                           ; preds = %then51
  %619 = getelementptr i32, ptr %618, i64 0
  store i32 2, ptr %619, align 4
  br label %endif54

endif54:                                          ; preds = %then53, %then51
  %620 = getelementptr i8, ptr %559, i64 16
  br i1 true, label %then55, label %endif56

then55:                                           ; preds = %endif54
  %621 = getelementptr i32, ptr %620, i64 0
  store i32 48, ptr %621, align 4
  br label %endif56

endif56:                                          ; preds = %then55, %endif54
  %622 = getelementptr i8, ptr %559, i64 32
  %623 = getelementptr i8, ptr %559, i64 0
  %624 = getelementptr i8, ptr %559, i64 16
  store i64 0, ptr %312, align 8
  br label %loop57

loop57:                                           ; preds = %endif61, %endif56
  %625 = load i64, ptr %312, align 8
  %626 = icmp slt i64 %625, 1
  br i1 %626, label %body58, label %done59

body58:                                           ; preds = %loop57
  %627 = getelementptr i32, ptr %623, i64 0
  %628 = load i32, ptr %627, align 4
  %629 = getelementptr i32, ptr %617, i64 0
  %630 = load i32, ptr %629, align 4
  %631 = mul i32 %628, %630
  %632 = getelementptr i32, ptr %624, i64 0
  %633 = load i32, ptr %632, align 4
  %634 = icmp eq i32 %633, 0
  br i1 %634, label %then60, label %endif61

done59:                                           ; preds = %loop57
  %635 = getelementptr i8, ptr %559, i64 0
  br i1 true, label %then62, label %endif63

then60:                                           ; preds = %body58
  %636 = getelementptr i32, ptr %349, i64 2
  %637 = cmpxchg ptr %636, i32 0, i32 2 seq_cst seq_cst, align 4
  %638 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 9, ptr %638 monotonic, align 4
  br label %endif61

endif61:                                          ; preds = %then60, %body58
  %639 = icmp eq i32 %633, -1
  %640 = icmp eq i32 %633, 0
  %641 = or i1 %640, %639
  %642 = select i1 %641, i32 1, i32 %633
  %643 = srem i32 %631, %642
  %644 = select i1 %639, i32 0, i32 %643
  %645 = getelementptr i32, ptr %622, i64 %625
  store i32 %644, ptr %645, align 4
  %646 = add i64 %625, 1
  store i64 %646, ptr %312, align 8
  br label %loop57

then62:                                           ; preds = %done59
  %647 = getelementptr float, ptr %635, i64 0
  store float 4.800000e+01, ptr %647, align 4
  br label %endif63

endif63:                                          ; preds = %then62, %done59
  %648 = getelementptr i8, ptr %559, i64 16
  br i1 true, label %then64, label %endif65

then64:                                           ; preds = %endif63
  %649 = getelementptr float, ptr %648, i64 0
  store float 1.000000e+04, ptr %649, align 4
  br label %endif65

endif65:                                          ; preds = %then64, %endif63
  %650 = getelementptr i8, ptr %559, i64 48
  br i1 true, label %then66, label %endif67

then66:                                           ; preds = %endif65
  %651 = getelementptr float, ptr %650, i64 0
  store float 1.000000e+00, ptr %651, align 4
  br label %endif67

endif67:                                          ; preds = %then66, %endif65
  %652 = getelementptr i8, ptr %559, i64 64
  %653 = mul i64 %585, 8
  %654 = add i64 %653, 2
  %655 = getelementptr i32, ptr %352, i64 %654
  %656 = getelementptr i8, ptr %559, i64 48
  %657 = getelementptr i8, ptr %559, i64 16
  %658 = getelementptr i8, ptr %559, i64 32
  %659 = getelementptr i8, ptr %559, i64 0
  store i64 0, ptr %311, align 8
  br label %loop68

loop68:                                           ; preds = %body69, %endif67
  %660 = load i64, ptr %311, align 8
  %661 = icmp slt i64 %660, 1
  br i1 %661, label %body69, label %done70

body69:                                           ; preds = %loop68
  %662 = getelementptr i32, ptr %655, i64 0
  %663 = load i32, ptr %662, align 4
  %664 = sitofp i32 %663 to float
  %665 = getelementptr float, ptr %656, i64 0
  %666 = load float, ptr %665, align 4
  %667 = getelementptr float, ptr %657, i64 0
  %668 = load float, ptr %667, align 4
  %669 = getelementptr i32, ptr %658, i64 0
  %670 = load i32, ptr %669, align 4
  %671 = sitofp i32 %670 to float
  %672 = getelementptr float, ptr %659, i64 0
  %673 = load float, ptr %672, align 4
  %674 = fdiv float %671, %673
  %675 = fpext float %668 to double
  %676 = fpext float %674 to double
  %677 = call double @fractal_pow(double %675, double %676)
  %678 = fptrunc double %677 to float
  %679 = fdiv float %666, %678
  %680 = fmul float %664, %679
  %681 = getelementptr float, ptr %652, i64 %660
  store float %680, ptr %681, align 4
  %682 = add i64 %660, 1
  store i64 %682, ptr %311, align 8
  br label %loop68

done70:                                           ; preds = %loop68
  %683 = getelementptr i8, ptr %559, i64 64
  %684 = mul i64 %586, 1
  %685 = getelementptr float, ptr %609, i64 %684
  store i64 0, ptr %310, align 8
  br label %loop71

loop71:                                           ; preds = %body72, %done70
  %686 = load i64, ptr %310, align 8
  %687 = icmp slt i64 %686, 1
  br i1 %687, label %body72, label %done73

body72:                                           ; preds = %loop71
  %688 = getelementptr float, ptr %683, i64 0
  %689 = load float, ptr %688, align 4
  %690 = fpext float %689 to double
  %691 = call double @fractal_cos(double %690)
  %692 = fptrunc double %691 to float
  %693 = getelementptr float, ptr %685, i64 %686
  store float %692, ptr %693, align 4
  %694 = add i64 %686, 1
  store i64 %694, ptr %310, align 8
  br label %loop71

done73:                                           ; preds = %loop71
  %695 = getelementptr i8, ptr %559, i64 64
  %696 = mul i64 %586, 1
  %697 = getelementptr float, ptr %612, i64 %696
  store i64 0, ptr %309, align 8
  br label %loop74

loop74:                                           ; preds = %body75, %done73
  %698 = load i64, ptr %309, align 8
  %699 = icmp slt i64 %698, 1
  br i1 %699, label %body75, label %done76

body75:                                           ; preds = %loop74
  %700 = getelementptr float, ptr %695, i64 0
  %701 = load float, ptr %700, align 4
  %702 = fpext float %701 to double
  %703 = call double @fractal_sin(double %702)
  %704 = fptrunc double %703 to float
  %705 = getelementptr float, ptr %697, i64 %698
  store float %704, ptr %705, align 4
  %706 = add i64 %698, 1
  store i64 %706, ptr %309, align 8
  br label %loop74

done76:                                           ; preds = %loop74
  br label %endif52

loop77:                                           ; preds = %endif81, %done48
  %707 = load i64, ptr %308, align 8
  %708 = icmp slt i64 %707, %594
  br i1 %708, label %body78, label %done79

body78:                                           ; preds = %loop77
  %709 = srem i64 %707, %346
  %710 = sdiv i64 %707, %346
  %711 = mul i64 %709, 8
  %712 = add i64 %711, 1
  %713 = getelementptr i32, ptr %352, i64 %712
  %714 = load i32, ptr %713, align 4
  %715 = icmp eq i32 %714, 0
  br i1 %715, label %then80, label %endif81

done79:                                           ; preds = %loop77
  call void @llvm.nvvm.barrier0()
  %716 = icmp eq i64 %337, 0
  br i1 %716, label %then108, label %endif109

then80:                                           ; preds = %body78
  %717 = mul i64 %709, %359
  %718 = getelementptr i8, ptr %356, i64 %717
  %719 = getelementptr i8, ptr %718, i64 64
  %720 = icmp slt i64 %710, 144
  br i1 %720, label %then82, label %endif83

endif81:                                          ; preds = %endif83, %body78
  %721 = add i64 %707, %344
  store i64 %721, ptr %308, align 8
  br label %loop77

then82:                                           ; preds = %then80
  %722 = mul i64 %709, %359
  %723 = getelementptr i8, ptr %356, i64 %722
  %724 = getelementptr i8, ptr %723, i64 1920
  %725 = mul i64 %709, %359
  %726 = getelementptr i8, ptr %356, i64 %725
  %727 = getelementptr i8, ptr %726, i64 2496
  %728 = mul i64 %709, %359
  %729 = getelementptr i8, ptr %356, i64 %728
  %730 = getelementptr i8, ptr %729, i64 64
  %731 = mul i64 %710, 1
  %732 = getelementptr i32, ptr %730, i64 %731
  %733 = getelementptr i8, ptr %593, i64 0
  br i1 true, label %then84, label %endif85

endif83:                                          ; preds = %done107, %then80
  br label %endif81

then84:                                           ; preds = %then82
  %734 = getelementptr i32, ptr %733, i64 0
  store i32 2, ptr %734, align 4
  br label %endif85

endif85:                                          ; preds = %then84, %then82
  %735 = getelementptr i8, ptr %593, i64 16
  br i1 true, label %then86, label %endif87

then86:                                           ; preds = %endif85
  %736 = getelementptr i32, ptr %735, i64 0
  store i32 48, ptr %736, align 4
  br label %endif87

endif87:                                          ; preds = %then86, %endif85
  %737 = getelementptr i8, ptr %593, i64 32
  %738 = getelementptr i8, ptr %593, i64 0
  %739 = getelementptr i8, ptr %593, i64 16
  store i64 0, ptr %307, align 8
  br label %loop88

loop88:                                           ; preds = %endif92, %endif87
  %740 = load i64, ptr %307, align 8
  %741 = icmp slt i64 %740, 1
  br i1 %741, label %body89, label %done90

body89:                                           ; preds = %loop88
  %742 = getelementptr i32, ptr %738, i64 0
  %743 = load i32, ptr %742, align 4
  %744 = getelementptr i32, ptr %732, i64 0
  %745 = load i32, ptr %744, align 4
  %746 = mul i32 %743, %745
  %747 = getelementptr i32, ptr %739, i64 0
  %748 = load i32, ptr %747, align 4
  %749 = icmp eq i32 %748, 0
  br i1 %749, label %then91, label %endif92

done90:                                           ; preds = %loop88
  %750 = getelementptr i8, ptr %593, i64 0
  br i1 true, label %then93, label %endif94

then91:                                           ; preds = %body89
  %751 = getelementptr i32, ptr %349, i64 2
  %752 = cmpxchg ptr %751, i32 0, i32 2 seq_cst seq_cst, align 4
  %753 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 25, ptr %753 monotonic, align 4
  br label %endif92

endif92:                                          ; preds = %then91, %body89
  %754 = icmp eq i32 %748, -1
  %755 = icmp eq i32 %748, 0
  %756 = or i1 %755, %754
  %757 = select i1 %756, i32 1, i32 %748
  %758 = srem i32 %746, %757
  %759 = select i1 %754, i32 0, i32 %758
  %760 = getelementptr i32, ptr %737, i64 %740
  store i32 %759, ptr %760, align 4
  %761 = add i64 %740, 1
  store i64 %761, ptr %307, align 8
  br label %loop88

then93:                                           ; preds = %done90
  %762 = getelementptr float, ptr %750, i64 0
  store float 4.800000e+01, ptr %762, align 4
  br label %endif94

endif94:                                          ; preds = %then93, %done90
  %763 = getelementptr i8, ptr %593, i64 16
  br i1 true, label %then95, label %endif96

then95:                                           ; preds = %endif94
  %764 = getelementptr float, ptr %763, i64 0
  store float 1.000000e+04, ptr %764, align 4
  br label %endif96

endif96:                                          ; preds = %then95, %endif94
  %765 = getelementptr i8, ptr %593, i64 48
  br i1 true, label %then97, label %endif98

then97:                                           ; preds = %endif96
  %766 = getelementptr float, ptr %765, i64 0
  store float 1.000000e+00, ptr %766, align 4
  br label %endif98

endif98:                                          ; preds = %then97, %endif96
  %767 = getelementptr i8, ptr %593, i64 64
  %768 = mul i64 %709, 8
  %769 = add i64 %768, 2
  %770 = getelementptr i32, ptr %352, i64 %769
  %771 = getelementptr i8, ptr %593, i64 48
  %772 = getelementptr i8, ptr %593, i64 16
  %773 = getelementptr i8, ptr %593, i64 32
  %774 = getelementptr i8, ptr %593, i64 0
  store i64 0, ptr %306, align 8
  br label %loop99

loop99:                                           ; preds = %body100, %endif98
  %775 = load i64, ptr %306, align 8
  %776 = icmp slt i64 %775, 1
  br i1 %776, label %body100, label %done101

body100:                                          ; preds = %loop99
  %777 = getelementptr i32, ptr %770, i64 0
  %778 = load i32, ptr %777, align 4
  %779 = sitofp i32 %778 to float
  %780 = getelementptr float, ptr %771, i64 0
  %781 = load float, ptr %780, align 4
  %782 = getelementptr float, ptr %772, i64 0
  %783 = load float, ptr %782, align 4
  %784 = getelementptr i32, ptr %773, i64 0
  %785 = load i32, ptr %784, align 4
  %786 = sitofp i32 %785 to float
  %787 = getelementptr float, ptr %774, i64 0
  %788 = load float, ptr %787, align 4
  %789 = fdiv float %786, %788
  %790 = fpext float %783 to double
  %791 = fpext float %789 to double
  %792 = call double @fractal_pow(double %790, double %791)
  %793 = fptrunc double %792 to float
  %794 = fdiv float %781, %793
  %795 = fmul float %779, %794
  %796 = getelementptr float, ptr %767, i64 %775
  store float %795, ptr %796, align 4
  %797 = add i64 %775, 1
  store i64 %797, ptr %306, align 8
  br label %loop99

done101:                                          ; preds = %loop99
  %798 = getelementptr i8, ptr %593, i64 64
  %799 = mul i64 %710, 1
  %800 = getelementptr float, ptr %724, i64 %799
  store i64 0, ptr %305, align 8
  br label %loop102

loop102:                                          ; preds = %body103, %done101
  %801 = load i64, ptr %305, align 8
  %802 = icmp slt i64 %801, 1
  br i1 %802, label %body103, label %done104

body103:                                          ; preds = %loop102
  %803 = getelementptr float, ptr %798, i64 0
  %804 = load float, ptr %803, align 4
  %805 = fpext float %804 to double
  %806 = call double @fractal_cos(double %805)
  %807 = fptrunc double %806 to float
  %808 = getelementptr float, ptr %800, i64 %801
  store float %807, ptr %808, align 4
  %809 = add i64 %801, 1
  store i64 %809, ptr %305, align 8
  br label %loop102

done104:                                          ; preds = %loop102
  %810 = getelementptr i8, ptr %593, i64 64
  %811 = mul i64 %710, 1
  %812 = getelementptr float, ptr %727, i64 %811
  store i64 0, ptr %304, align 8
  br label %loop105

loop105:                                          ; preds = %body106, %done104
  %813 = load i64, ptr %304, align 8
  %814 = icmp slt i64 %813, 1
  br i1 %814, label %body106, label %done107

body106:                                          ; preds = %loop105
  %815 = getelementptr float, ptr %810, i64 0
  %816 = load float, ptr %815, align 4
  %817 = fpext float %816 to double
  %818 = call double @fractal_sin(double %817)
  %819 = fptrunc double %818 to float
  %820 = getelementptr float, ptr %812, i64 %813
  store float %819, ptr %820, align 4
  %821 = add i64 %813, 1
  store i64 %821, ptr %304, align 8
  br label %loop105

done107:                                          ; preds = %loop105
  br label %endif83

then108:                                          ; preds = %done79
  fence syncscope("device") seq_cst
  %822 = getelementptr i32, ptr %349, i64 1
  %823 = load atomic i32, ptr %822 syncscope("device") acquire, align 4
  %824 = getelementptr i32, ptr %349, i64 0
  %825 = atomicrmw add ptr %824, i32 1 syncscope("device") acq_rel, align 4
  %826 = sext i32 %825 to i64
  %827 = sub i64 %339, 1
  %828 = icmp eq i64 %826, %827
  br i1 %828, label %then110, label %else111

endif109:                                         ; preds = %endif112, %done79
  call void @llvm.nvvm.barrier0()
  store i64 %335, ptr %301, align 8
  br label %loop118

then110:                                          ; preds = %then108
  %829 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %829 syncscope("device") monotonic, align 4
  %830 = getelementptr i32, ptr %349, i64 1
  %831 = atomicrmw add ptr %830, i32 1 syncscope("device") acq_rel, align 4
  br label %endif112

else111:                                          ; preds = %then108
  store i32 0, ptr %303, align 4
  store i1 true, ptr %302, align 1
  br label %while113

endif112:                                         ; preds = %wdone115, %then110
  fence syncscope("device") seq_cst
  br label %endif109

while113:                                         ; preds = %endif117, %else111
  %832 = getelementptr i32, ptr %349, i64 1
  %833 = load atomic i32, ptr %832 syncscope("device") acquire, align 4
  %834 = icmp eq i32 %833, %823
  %835 = load i1, ptr %302, align 1
  %836 = and i1 %834, %835
  br i1 %836, label %wbody114, label %wdone115

wbody114:                                         ; preds = %while113
  call void @llvm.nvvm.nanosleep(i32 64)
  %837 = load i32, ptr %303, align 4
  %838 = add i32 %837, 1
  store i32 %838, ptr %303, align 4
  %839 = and i32 %838, 63
  %840 = icmp eq i32 %839, 0
  br i1 %840, label %then116, label %endif117

wdone115:                                         ; preds = %while113
  br label %endif112

then116:                                          ; preds = %wbody114
  %841 = getelementptr i32, ptr %349, i64 2
  %842 = load atomic volatile i32, ptr %841 monotonic, align 4
  %843 = icmp eq i32 %842, 0
  store i1 %843, ptr %302, align 1
  br label %endif117

endif117:                                         ; preds = %then116, %wbody114
  br label %while113

loop118:                                          ; preds = %endif122, %endif109
  %844 = load i64, ptr %301, align 8
  %845 = icmp slt i64 %844, %346
  br i1 %845, label %body119, label %done120

body119:                                          ; preds = %loop118
  %846 = mul i64 %844, 8
  %847 = add i64 %846, 1
  %848 = getelementptr i32, ptr %352, i64 %847
  %849 = load i32, ptr %848, align 4
  %850 = icmp eq i32 %849, 0
  br i1 %850, label %then121, label %endif122

done120:                                          ; preds = %loop118
  call void @llvm.nvvm.barrier0()
  %851 = icmp eq i64 %337, 0
  br i1 %851, label %then128, label %endif129

then121:                                          ; preds = %body119
  %852 = getelementptr i64, ptr %0, i64 0
  %853 = load i64, ptr %852, align 8
  %854 = and i64 %853, -256
  %855 = inttoptr i64 %854 to ptr
  %856 = getelementptr i8, ptr %855, i64 0
  %857 = mul i64 %844, 8
  %858 = add i64 %857, 0
  %859 = getelementptr i32, ptr %352, i64 %858
  %860 = getelementptr i32, ptr %859, i64 0
  %861 = load i32, ptr %860, align 4
  %862 = sext i32 %861 to i64
  %863 = icmp slt i64 %862, 0
  %864 = icmp sge i64 %862, 32000
  %865 = or i1 %863, %864
  br i1 %865, label %then123, label %endif124

endif122:                                         ; preds = %done127, %body119
  %866 = add i64 %844, %339
  store i64 %866, ptr %301, align 8
  br label %loop118

then123:                                          ; preds = %then121
  %867 = getelementptr i32, ptr %349, i64 2
  %868 = cmpxchg ptr %867, i32 0, i32 1 seq_cst seq_cst, align 4
  %869 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 0, ptr %869 monotonic, align 4
  br label %endif124

endif124:                                         ; preds = %then123, %then121
  %870 = icmp slt i64 %862, 31999
  %871 = select i1 %870, i64 %862, i64 31999
  %872 = icmp slt i64 0, %871
  %873 = select i1 %872, i64 %871, i64 0
  %874 = mul i64 %873, 288
  %875 = getelementptr float, ptr %856, i64 %874
  %876 = mul i64 %844, %359
  %877 = getelementptr i8, ptr %356, i64 %876
  %878 = getelementptr i8, ptr %877, i64 3072
  store i64 %337, ptr %300, align 8
  br label %loop125

loop125:                                          ; preds = %body126, %endif124
  %879 = load i64, ptr %300, align 8
  %880 = icmp slt i64 %879, 288
  br i1 %880, label %body126, label %done127

body126:                                          ; preds = %loop125
  %881 = getelementptr float, ptr %875, i64 %879
  %882 = load float, ptr %881, align 4
  %883 = getelementptr float, ptr %878, i64 %879
  store float %882, ptr %883, align 4
  %884 = add i64 %879, %341
  store i64 %884, ptr %300, align 8
  br label %loop125

done127:                                          ; preds = %loop125
  br label %endif122

then128:                                          ; preds = %done120
  fence syncscope("device") seq_cst
  %885 = getelementptr i32, ptr %349, i64 1
  %886 = load atomic i32, ptr %885 syncscope("device") acquire, align 4
  %887 = getelementptr i32, ptr %349, i64 0
  %888 = atomicrmw add ptr %887, i32 1 syncscope("device") acq_rel, align 4
  %889 = sext i32 %888 to i64
  %890 = sub i64 %339, 1
  %891 = icmp eq i64 %889, %890
  br i1 %891, label %then130, label %else131

endif129:                                         ; preds = %endif132, %done120
  call void @llvm.nvvm.barrier0()
  store i64 0, ptr %297, align 8
  br label %loop138

then130:                                          ; preds = %then128
  %892 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %892 syncscope("device") monotonic, align 4
  %893 = getelementptr i32, ptr %349, i64 1
  %894 = atomicrmw add ptr %893, i32 1 syncscope("device") acq_rel, align 4
  br label %endif132

else131:                                          ; preds = %then128
  store i32 0, ptr %299, align 4
  store i1 true, ptr %298, align 1
  br label %while133

endif132:                                         ; preds = %wdone135, %then130
  fence syncscope("device") seq_cst
  br label %endif129

while133:                                         ; preds = %endif137, %else131
  %895 = getelementptr i32, ptr %349, i64 1
  %896 = load atomic i32, ptr %895 syncscope("device") acquire, align 4
  %897 = icmp eq i32 %896, %886
  %898 = load i1, ptr %298, align 1
  %899 = and i1 %897, %898
  br i1 %899, label %wbody134, label %wdone135

wbody134:                                         ; preds = %while133
  call void @llvm.nvvm.nanosleep(i32 64)
  %900 = load i32, ptr %299, align 4
  %901 = add i32 %900, 1
  store i32 %901, ptr %299, align 4
  %902 = and i32 %901, 63
  %903 = icmp eq i32 %902, 0
  br i1 %903, label %then136, label %endif137

wdone135:                                         ; preds = %while133
  br label %endif132

then136:                                          ; preds = %wbody134
  %904 = getelementptr i32, ptr %349, i64 2
  %905 = load atomic volatile i32, ptr %904 monotonic, align 4
  %906 = icmp eq i32 %905, 0
  store i1 %906, ptr %298, align 1
  br label %endif137

endif137:                                         ; preds = %then136, %wbody134
  br label %while133

loop138:                                          ; preds = %endif898, %endif129
  %907 = load i64, ptr %297, align 8
  %908 = icmp slt i64 %907, 6
  br i1 %908, label %body139, label %done140

body139:                                          ; preds = %loop138
  %909 = and i64 %907, 1
  %910 = icmp eq i64 %909, 1
  store i64 %335, ptr %296, align 8
  br label %loop141

done140:                                          ; preds = %loop138
  br i1 false, label %then907, label %endif908

loop141:                                          ; preds = %endif145, %body139
  %911 = load i64, ptr %296, align 8
  %912 = icmp slt i64 %911, %346
  br i1 %912, label %body142, label %done143

body142:                                          ; preds = %loop141
  %913 = mul i64 %911, 8
  %914 = add i64 %913, 1
  %915 = getelementptr i32, ptr %352, i64 %914
  %916 = load i32, ptr %915, align 4
  %917 = icmp eq i32 %916, 0
  br i1 %917, label %then144, label %endif145

done143:                                          ; preds = %loop141
  call void @llvm.nvvm.barrier0()
  %918 = icmp eq i64 %337, 0
  br i1 %918, label %then156, label %endif157

then144:                                          ; preds = %body142
  %919 = mul i64 %911, %359
  %920 = getelementptr i8, ptr %356, i64 %919
  %921 = getelementptr i8, ptr %920, i64 656
  %922 = mul i64 %911, %359
  %923 = getelementptr i8, ptr %356, i64 %922
  %924 = getelementptr i8, ptr %923, i64 3072
  %925 = mul i64 %911, %359
  %926 = getelementptr i8, ptr %356, i64 %925
  %927 = getelementptr i8, ptr %926, i64 147200
  %928 = select i1 %910, ptr %927, ptr %924
  %929 = mul i64 %911, %359
  %930 = getelementptr i8, ptr %356, i64 %929
  %931 = getelementptr i8, ptr %930, i64 3072
  %932 = mul i64 %911, %359
  %933 = getelementptr i8, ptr %356, i64 %932
  %934 = getelementptr i8, ptr %933, i64 147200
  %935 = select i1 %910, ptr %934, ptr %931
  %936 = srem i64 %337, 32
  %937 = sdiv i64 %337, 32
  %938 = sdiv i64 %341, 32
  store i64 %937, ptr %295, align 8
  br label %loop146

endif145:                                         ; preds = %done155, %body142
  %939 = add i64 %911, %339
  store i64 %939, ptr %296, align 8
  br label %loop141

loop146:                                          ; preds = %endif150, %then144
  %940 = load i64, ptr %295, align 8
  %941 = icmp slt i64 %940, 1
  br i1 %941, label %body147, label %done148

body147:                                          ; preds = %loop146
  %942 = sdiv i64 %940, 1
  %943 = srem i64 %940, 1
  %944 = mul i64 %942, 288
  %945 = mul i64 %944, 1
  %946 = add i64 %945, %943
  store float 0.000000e+00, ptr %294, align 4
  %947 = add i64 %936, 0
  %948 = mul i64 %947, 4
  %949 = add i64 %948, 0
  %950 = mul i64 %949, 1
  %951 = add i64 %946, %950
  %952 = getelementptr float, ptr %928, i64 %951
  %953 = load float, ptr %952, align 4
  %954 = getelementptr float, ptr %935, i64 %951
  %955 = load float, ptr %954, align 4
  %956 = fmul float %953, %955
  %957 = add i64 %948, 1
  %958 = mul i64 %957, 1
  %959 = add i64 %946, %958
  %960 = getelementptr float, ptr %928, i64 %959
  %961 = load float, ptr %960, align 4
  %962 = getelementptr float, ptr %935, i64 %959
  %963 = load float, ptr %962, align 4
  %964 = fmul float %961, %963
  %965 = add i64 %948, 2
  %966 = mul i64 %965, 1
  %967 = add i64 %946, %966
  %968 = getelementptr float, ptr %928, i64 %967
  %969 = load float, ptr %968, align 4
  %970 = getelementptr float, ptr %935, i64 %967
  %971 = load float, ptr %970, align 4
  %972 = fmul float %969, %971
  %973 = add i64 %948, 3
  %974 = mul i64 %973, 1
  %975 = add i64 %946, %974
  %976 = getelementptr float, ptr %928, i64 %975
  %977 = load float, ptr %976, align 4
  %978 = getelementptr float, ptr %935, i64 %975
  %979 = load float, ptr %978, align 4
  %980 = fmul float %977, %979
  %981 = add i64 %936, 32
  %982 = mul i64 %981, 4
  %983 = add i64 %982, 0
  %984 = mul i64 %983, 1
  %985 = add i64 %946, %984
  %986 = getelementptr float, ptr %928, i64 %985
  %987 = load float, ptr %986, align 4
  %988 = getelementptr float, ptr %935, i64 %985
  %989 = load float, ptr %988, align 4
  %990 = fmul float %987, %989
  %991 = add i64 %982, 1
  %992 = mul i64 %991, 1
  %993 = add i64 %946, %992
  %994 = getelementptr float, ptr %928, i64 %993
  %995 = load float, ptr %994, align 4
  %996 = getelementptr float, ptr %935, i64 %993
  %997 = load float, ptr %996, align 4
  %998 = fmul float %995, %997
  %999 = add i64 %982, 2
  %1000 = mul i64 %999, 1
  %1001 = add i64 %946, %1000
  %1002 = getelementptr float, ptr %928, i64 %1001
  %1003 = load float, ptr %1002, align 4
  %1004 = getelementptr float, ptr %935, i64 %1001
  %1005 = load float, ptr %1004, align 4
  %1006 = fmul float %1003, %1005
  %1007 = add i64 %982, 3
  %1008 = mul i64 %1007, 1
  %1009 = add i64 %946, %1008
  %1010 = getelementptr float, ptr %928, i64 %1009
  %1011 = load float, ptr %1010, align 4
  %1012 = getelementptr float, ptr %935, i64 %1009
  %1013 = load float, ptr %1012, align 4
  %1014 = fmul float %1011, %1013
  %1015 = add i64 %936, 64
  %1016 = icmp slt i64 %1015, 72
  %1017 = icmp slt i64 %1015, 71
  %1018 = select i1 %1017, i64 %1015, i64 71
  %1019 = mul i64 %1018, 4
  %1020 = add i64 %1019, 0
  %1021 = mul i64 %1020, 1
  %1022 = add i64 %946, %1021
  %1023 = getelementptr float, ptr %928, i64 %1022
  %1024 = load float, ptr %1023, align 4
  %1025 = getelementptr float, ptr %935, i64 %1022
  %1026 = load float, ptr %1025, align 4
  %1027 = fmul float %1024, %1026
  %1028 = add i64 %1019, 1
  %1029 = mul i64 %1028, 1
  %1030 = add i64 %946, %1029
  %1031 = getelementptr float, ptr %928, i64 %1030
  %1032 = load float, ptr %1031, align 4
  %1033 = getelementptr float, ptr %935, i64 %1030
  %1034 = load float, ptr %1033, align 4
  %1035 = fmul float %1032, %1034
  %1036 = add i64 %1019, 2
  %1037 = mul i64 %1036, 1
  %1038 = add i64 %946, %1037
  %1039 = getelementptr float, ptr %928, i64 %1038
  %1040 = load float, ptr %1039, align 4
  %1041 = getelementptr float, ptr %935, i64 %1038
  %1042 = load float, ptr %1041, align 4
  %1043 = fmul float %1040, %1042
  %1044 = add i64 %1019, 3
  %1045 = mul i64 %1044, 1
  %1046 = add i64 %946, %1045
  %1047 = getelementptr float, ptr %928, i64 %1046
  %1048 = load float, ptr %1047, align 4
  %1049 = getelementptr float, ptr %935, i64 %1046
  %1050 = load float, ptr %1049, align 4
  %1051 = fmul float %1048, %1050
  %1052 = load float, ptr %294, align 4
  %1053 = fadd float %1052, %956
  store float %1053, ptr %294, align 4
  %1054 = load float, ptr %294, align 4
  %1055 = fadd float %1054, %964
  store float %1055, ptr %294, align 4
  %1056 = load float, ptr %294, align 4
  %1057 = fadd float %1056, %972
  store float %1057, ptr %294, align 4
  %1058 = load float, ptr %294, align 4
  %1059 = fadd float %1058, %980
  store float %1059, ptr %294, align 4
  %1060 = load float, ptr %294, align 4
  %1061 = fadd float %1060, %990
  store float %1061, ptr %294, align 4
  %1062 = load float, ptr %294, align 4
  %1063 = fadd float %1062, %998
  store float %1063, ptr %294, align 4
  %1064 = load float, ptr %294, align 4
  %1065 = fadd float %1064, %1006
  store float %1065, ptr %294, align 4
  %1066 = load float, ptr %294, align 4
  %1067 = fadd float %1066, %1014
  store float %1067, ptr %294, align 4
  %1068 = load float, ptr %294, align 4
  %1069 = fadd float %1068, %1027
  %1070 = select i1 %1016, float %1069, float %1068
  store float %1070, ptr %294, align 4
  %1071 = load float, ptr %294, align 4
  %1072 = fadd float %1071, %1035
  %1073 = select i1 %1016, float %1072, float %1071
  store float %1073, ptr %294, align 4
  %1074 = load float, ptr %294, align 4
  %1075 = fadd float %1074, %1043
  %1076 = select i1 %1016, float %1075, float %1074
  store float %1076, ptr %294, align 4
  %1077 = load float, ptr %294, align 4
  %1078 = fadd float %1077, %1051
  %1079 = select i1 %1016, float %1078, float %1077
  store float %1079, ptr %294, align 4
  %1080 = load float, ptr %294, align 4
  %1081 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1080, i32 16, i32 31)
  %1082 = fadd float %1080, %1081
  %1083 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1082, i32 8, i32 31)
  %1084 = fadd float %1082, %1083
  %1085 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1084, i32 4, i32 31)
  %1086 = fadd float %1084, %1085
  %1087 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1086, i32 2, i32 31)
  %1088 = fadd float %1086, %1087
  %1089 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1088, i32 1, i32 31)
  %1090 = fadd float %1088, %1089
  %1091 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1090, i32 0, i32 31)
  %1092 = icmp eq i64 %936, 0
  br i1 %1092, label %then149, label %endif150

done148:                                          ; preds = %loop146
  call void @llvm.nvvm.barrier0()
  %1093 = mul i64 %911, %359
  %1094 = getelementptr i8, ptr %356, i64 %1093
  %1095 = getelementptr i8, ptr %1094, i64 18048
  %1096 = getelementptr i64, ptr %0, i64 0
  %1097 = load i64, ptr %1096, align 8
  %1098 = and i64 %1097, -256
  %1099 = inttoptr i64 %1098 to ptr
  %1100 = getelementptr i8, ptr %1099, i64 36864000
  %1101 = mul i64 %911, %359
  %1102 = getelementptr i8, ptr %356, i64 %1101
  %1103 = getelementptr i8, ptr %1102, i64 0
  %1104 = mul i64 %907, 1
  %1105 = getelementptr i32, ptr %1103, i64 %1104
  %1106 = getelementptr i32, ptr %1105, i64 0
  %1107 = load i32, ptr %1106, align 4
  %1108 = sext i32 %1107 to i64
  %1109 = icmp slt i64 %1108, 0
  %1110 = icmp sge i64 %1108, 6
  %1111 = or i1 %1109, %1110
  br i1 %1111, label %then151, label %endif152

then149:                                          ; preds = %body147
  %1112 = getelementptr float, ptr %921, i64 %940
  store float %1091, ptr %1112, align 4
  br label %endif150

endif150:                                         ; preds = %then149, %body147
  %1113 = add i64 %940, %938
  store i64 %1113, ptr %295, align 8
  br label %loop146

then151:                                          ; preds = %done148
  %1114 = getelementptr i32, ptr %349, i64 2
  %1115 = cmpxchg ptr %1114, i32 0, i32 1 seq_cst seq_cst, align 4
  %1116 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 38, ptr %1116 monotonic, align 4
  br label %endif152

endif152:                                         ; preds = %then151, %done148
  %1117 = icmp slt i64 %1108, 5
  %1118 = select i1 %1117, i64 %1108, i64 5
  %1119 = icmp slt i64 0, %1118
  %1120 = select i1 %1119, i64 %1118, i64 0
  %1121 = mul i64 %1120, 288
  %1122 = getelementptr float, ptr %1100, i64 %1121
  %1123 = mul i64 %911, %359
  %1124 = getelementptr i8, ptr %356, i64 %1123
  %1125 = getelementptr i8, ptr %1124, i64 656
  %1126 = mul i64 %911, %359
  %1127 = getelementptr i8, ptr %356, i64 %1126
  %1128 = getelementptr i8, ptr %1127, i64 32
  %1129 = mul i64 %911, %359
  %1130 = getelementptr i8, ptr %356, i64 %1129
  %1131 = getelementptr i8, ptr %1130, i64 48
  %1132 = mul i64 %911, %359
  %1133 = getelementptr i8, ptr %356, i64 %1132
  %1134 = getelementptr i8, ptr %1133, i64 3072
  %1135 = mul i64 %911, %359
  %1136 = getelementptr i8, ptr %356, i64 %1135
  %1137 = getelementptr i8, ptr %1136, i64 147200
  %1138 = select i1 %910, ptr %1137, ptr %1134
  store i64 %337, ptr %293, align 8
  br label %loop153

loop153:                                          ; preds = %body154, %endif152
  %1139 = load i64, ptr %293, align 8
  %1140 = icmp slt i64 %1139, 288
  br i1 %1140, label %body154, label %done155

body154:                                          ; preds = %loop153
  %1141 = getelementptr float, ptr %1122, i64 %1139
  %1142 = load float, ptr %1141, align 4
  %1143 = getelementptr float, ptr %1125, i64 0
  %1144 = load float, ptr %1143, align 4
  %1145 = getelementptr float, ptr %1128, i64 0
  %1146 = load float, ptr %1145, align 4
  %1147 = fdiv float %1144, %1146
  %1148 = getelementptr float, ptr %1131, i64 0
  %1149 = load float, ptr %1148, align 4
  %1150 = fadd float %1147, %1149
  %1151 = fpext float %1150 to double
  %1152 = call double @llvm.sqrt.f64(double %1151)
  %1153 = fptrunc double %1152 to float
  %1154 = fdiv float 1.000000e+00, %1153
  %1155 = getelementptr float, ptr %1138, i64 %1139
  %1156 = load float, ptr %1155, align 4
  %1157 = fmul float %1154, %1156
  %1158 = fmul float %1142, %1157
  %1159 = getelementptr float, ptr %1095, i64 %1139
  store float %1158, ptr %1159, align 4
  %1160 = add i64 %1139, %341
  store i64 %1160, ptr %293, align 8
  br label %loop153

done155:                                          ; preds = %loop153
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif145

then156:                                          ; preds = %done143
  fence syncscope("device") seq_cst
  %1161 = getelementptr i32, ptr %349, i64 1
  %1162 = load atomic i32, ptr %1161 syncscope("device") acquire, align 4
  %1163 = getelementptr i32, ptr %349, i64 0
  %1164 = atomicrmw add ptr %1163, i32 1 syncscope("device") acq_rel, align 4
  %1165 = sext i32 %1164 to i64
  %1166 = sub i64 %339, 1
  %1167 = icmp eq i64 %1165, %1166
  br i1 %1167, label %then158, label %else159

endif157:                                         ; preds = %endif160, %done143
  call void @llvm.nvvm.barrier0()
  %1168 = sdiv i64 %341, 32
  %1169 = sdiv i64 %337, 32
  %1170 = mul i64 %1169, %339
  %1171 = add i64 %1170, %335
  %1172 = mul i64 %343, %366
  %1173 = getelementptr i8, ptr %363, i64 %1172
  %1174 = mul i64 %346, 288
  %1175 = mul i64 %339, %1168
  %1176 = load i64, ptr %326, align 8
  %1177 = srem i64 %1176, %1175
  %1178 = sub i64 %1171, %1177
  %1179 = add i64 %1178, %1175
  %1180 = srem i64 %1179, %1175
  %1181 = add i64 %1177, %1174
  %1182 = srem i64 %1181, %1175
  store i64 %1182, ptr %326, align 8
  store i64 %1180, ptr %290, align 8
  br label %loop166

then158:                                          ; preds = %then156
  %1183 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %1183 syncscope("device") monotonic, align 4
  %1184 = getelementptr i32, ptr %349, i64 1
  %1185 = atomicrmw add ptr %1184, i32 1 syncscope("device") acq_rel, align 4
  br label %endif160

else159:                                          ; preds = %then156
  store i32 0, ptr %292, align 4
  store i1 true, ptr %291, align 1
  br label %while161

endif160:                                         ; preds = %wdone163, %then158
  fence syncscope("device") seq_cst
  br label %endif157

while161:                                         ; preds = %endif165, %else159
  %1186 = getelementptr i32, ptr %349, i64 1
  %1187 = load atomic i32, ptr %1186 syncscope("device") acquire, align 4
  %1188 = icmp eq i32 %1187, %1162
  %1189 = load i1, ptr %291, align 1
  %1190 = and i1 %1188, %1189
  br i1 %1190, label %wbody162, label %wdone163

wbody162:                                         ; preds = %while161
  call void @llvm.nvvm.nanosleep(i32 64)
  %1191 = load i32, ptr %292, align 4
  %1192 = add i32 %1191, 1
  store i32 %1192, ptr %292, align 4
  %1193 = and i32 %1192, 63
  %1194 = icmp eq i32 %1193, 0
  br i1 %1194, label %then164, label %endif165

wdone163:                                         ; preds = %while161
  br label %endif160

then164:                                          ; preds = %wbody162
  %1195 = getelementptr i32, ptr %349, i64 2
  %1196 = load atomic volatile i32, ptr %1195 monotonic, align 4
  %1197 = icmp eq i32 %1196, 0
  store i1 %1197, ptr %291, align 1
  br label %endif165

endif165:                                         ; preds = %then164, %wbody162
  br label %while161

loop166:                                          ; preds = %endif170, %endif157
  %1198 = load i64, ptr %290, align 8
  %1199 = icmp slt i64 %1198, %1174
  br i1 %1199, label %body167, label %done168

body167:                                          ; preds = %loop166
  %1200 = srem i64 %1198, %346
  %1201 = sdiv i64 %1198, %346
  %1202 = srem i64 %337, 32
  %1203 = mul i64 %1200, 8
  %1204 = add i64 %1203, 1
  %1205 = getelementptr i32, ptr %352, i64 %1204
  %1206 = load i32, ptr %1205, align 4
  %1207 = icmp eq i32 %1206, 0
  br i1 %1207, label %then169, label %endif170

done168:                                          ; preds = %loop166
  %1208 = sdiv i64 %341, 32
  %1209 = sdiv i64 %337, 32
  %1210 = mul i64 %1209, %339
  %1211 = add i64 %1210, %335
  %1212 = mul i64 %343, %366
  %1213 = getelementptr i8, ptr %363, i64 %1212
  %1214 = mul i64 %346, 288
  %1215 = mul i64 %339, %1208
  %1216 = load i64, ptr %326, align 8
  %1217 = srem i64 %1216, %1215
  %1218 = sub i64 %1211, %1217
  %1219 = add i64 %1218, %1215
  %1220 = srem i64 %1219, %1215
  %1221 = add i64 %1217, %1214
  %1222 = srem i64 %1221, %1215
  store i64 %1222, ptr %326, align 8
  store i64 %1220, ptr %285, align 8
  br label %loop192

then169:                                          ; preds = %body167
  %1223 = getelementptr i64, ptr %0, i64 0
  %1224 = load i64, ptr %1223, align 8
  %1225 = and i64 %1224, -256
  %1226 = inttoptr i64 %1225 to ptr
  %1227 = getelementptr i8, ptr %1226, i64 36870912
  %1228 = mul i64 %1200, %359
  %1229 = getelementptr i8, ptr %356, i64 %1228
  %1230 = getelementptr i8, ptr %1229, i64 0
  %1231 = mul i64 %907, 1
  %1232 = getelementptr i32, ptr %1230, i64 %1231
  %1233 = getelementptr i32, ptr %1232, i64 0
  %1234 = load i32, ptr %1233, align 4
  %1235 = sext i32 %1234 to i64
  %1236 = icmp slt i64 %1235, 0
  %1237 = icmp sge i64 %1235, 6
  %1238 = or i1 %1236, %1237
  br i1 %1238, label %then171, label %endif172

endif170:                                         ; preds = %endif174, %body167
  %1239 = add i64 %1198, %1175
  store i64 %1239, ptr %290, align 8
  br label %loop166

then171:                                          ; preds = %then169
  %1240 = getelementptr i32, ptr %349, i64 2
  %1241 = cmpxchg ptr %1240, i32 0, i32 1 seq_cst seq_cst, align 4
  %1242 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 46, ptr %1242 monotonic, align 4
  br label %endif172

endif172:                                         ; preds = %then171, %then169
  %1243 = icmp slt i64 %1235, 5
  %1244 = select i1 %1243, i64 %1235, i64 5
  %1245 = icmp slt i64 0, %1244
  %1246 = select i1 %1245, i64 %1244, i64 0
  %1247 = mul i64 %1246, 82944
  %1248 = getelementptr float, ptr %1227, i64 %1247
  %1249 = icmp slt i64 %1201, 288
  br i1 %1249, label %then173, label %endif174

then173:                                          ; preds = %endif172
  %1250 = add i64 %1198, %1175
  %1251 = sdiv i64 %1250, %346
  %1252 = srem i64 %1250, %346
  %1253 = icmp eq i64 %1252, %1200
  %1254 = icmp slt i64 %1251, 288
  %1255 = and i1 %1253, %1254
  br i1 %1255, label %then175, label %endif176

endif174:                                         ; preds = %endif188, %endif172
  br label %endif170

then175:                                          ; preds = %then173
  %1256 = getelementptr i64, ptr %0, i64 0
  %1257 = load i64, ptr %1256, align 8
  %1258 = and i64 %1257, -256
  %1259 = inttoptr i64 %1258 to ptr
  %1260 = getelementptr i8, ptr %1259, i64 36870912
  %1261 = mul i64 %1200, %359
  %1262 = getelementptr i8, ptr %356, i64 %1261
  %1263 = getelementptr i8, ptr %1262, i64 0
  %1264 = mul i64 %907, 1
  %1265 = getelementptr i32, ptr %1263, i64 %1264
  %1266 = getelementptr i32, ptr %1265, i64 0
  %1267 = load i32, ptr %1266, align 4
  %1268 = sext i32 %1267 to i64
  %1269 = icmp slt i64 %1268, 0
  %1270 = icmp sge i64 %1268, 6
  %1271 = or i1 %1269, %1270
  br i1 %1271, label %then177, label %endif178

endif176:                                         ; preds = %done181, %then173
  %1272 = mul i64 %1200, %359
  %1273 = getelementptr i8, ptr %356, i64 %1272
  %1274 = getelementptr i8, ptr %1273, i64 19200
  %1275 = getelementptr i64, ptr %0, i64 0
  %1276 = load i64, ptr %1275, align 8
  %1277 = and i64 %1276, -256
  %1278 = inttoptr i64 %1277 to ptr
  %1279 = getelementptr i8, ptr %1278, i64 36870912
  %1280 = mul i64 %1200, %359
  %1281 = getelementptr i8, ptr %356, i64 %1280
  %1282 = getelementptr i8, ptr %1281, i64 0
  %1283 = mul i64 %907, 1
  %1284 = getelementptr i32, ptr %1282, i64 %1283
  %1285 = getelementptr i32, ptr %1284, i64 0
  %1286 = load i32, ptr %1285, align 4
  %1287 = sext i32 %1286 to i64
  %1288 = icmp slt i64 %1287, 0
  %1289 = icmp sge i64 %1287, 6
  %1290 = or i1 %1288, %1289
  br i1 %1290, label %then182, label %endif183

then177:                                          ; preds = %then175
  %1291 = getelementptr i32, ptr %349, i64 2
  %1292 = cmpxchg ptr %1291, i32 0, i32 1 seq_cst seq_cst, align 4
  %1293 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 46, ptr %1293 monotonic, align 4
  br label %endif178

endif178:                                         ; preds = %then177, %then175
  %1294 = icmp slt i64 %1268, 5
  %1295 = select i1 %1294, i64 %1268, i64 5
  %1296 = icmp slt i64 0, %1295
  %1297 = select i1 %1296, i64 %1295, i64 0
  %1298 = mul i64 %1297, 82944
  %1299 = getelementptr float, ptr %1260, i64 %1298
  %1300 = mul i64 %1251, 288
  %1301 = getelementptr float, ptr %1299, i64 %1300
  %1302 = mul i64 %1202, 128
  store i64 %1302, ptr %289, align 8
  br label %loop179

loop179:                                          ; preds = %body180, %endif178
  %1303 = load i64, ptr %289, align 8
  %1304 = icmp slt i64 %1303, 1152
  br i1 %1304, label %body180, label %done181

body180:                                          ; preds = %loop179
  %1305 = getelementptr i8, ptr %1301, i64 %1303
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1305)
  %1306 = add i64 %1303, 4096
  store i64 %1306, ptr %289, align 8
  br label %loop179

done181:                                          ; preds = %loop179
  br label %endif176

then182:                                          ; preds = %endif176
  %1307 = getelementptr i32, ptr %349, i64 2
  %1308 = cmpxchg ptr %1307, i32 0, i32 1 seq_cst seq_cst, align 4
  %1309 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 46, ptr %1309 monotonic, align 4
  br label %endif183

endif183:                                         ; preds = %then182, %endif176
  %1310 = icmp slt i64 %1287, 5
  %1311 = select i1 %1310, i64 %1287, i64 5
  %1312 = icmp slt i64 0, %1311
  %1313 = select i1 %1312, i64 %1311, i64 0
  %1314 = mul i64 %1313, 82944
  %1315 = getelementptr float, ptr %1279, i64 %1314
  %1316 = mul i64 %1201, 288
  %1317 = getelementptr float, ptr %1315, i64 %1316
  %1318 = getelementptr i8, ptr %1173, i64 0
  %1319 = mul i64 %1200, %359
  %1320 = getelementptr i8, ptr %356, i64 %1319
  %1321 = getelementptr i8, ptr %1320, i64 18048
  store i64 0, ptr %288, align 8
  br label %loop184

loop184:                                          ; preds = %body185, %endif183
  %1322 = load i64, ptr %288, align 8
  %1323 = icmp slt i64 %1322, 1
  br i1 %1323, label %body185, label %done186

body185:                                          ; preds = %loop184
  %1324 = sdiv i64 %1322, 1
  %1325 = srem i64 %1322, 1
  %1326 = mul i64 %1324, 288
  %1327 = mul i64 %1326, 1
  %1328 = add i64 %1327, %1325
  store float 0.000000e+00, ptr %287, align 4
  %1329 = add i64 %1202, 0
  %1330 = mul i64 %1329, 4
  %1331 = add i64 %1330, 0
  %1332 = mul i64 %1331, 1
  %1333 = add i64 %1328, %1332
  %1334 = getelementptr float, ptr %1317, i64 %1333
  %1335 = load float, ptr %1334, align 4
  %1336 = getelementptr float, ptr %1321, i64 %1333
  %1337 = load float, ptr %1336, align 4
  %1338 = fmul float %1335, %1337
  %1339 = add i64 %1330, 1
  %1340 = mul i64 %1339, 1
  %1341 = add i64 %1328, %1340
  %1342 = getelementptr float, ptr %1317, i64 %1341
  %1343 = load float, ptr %1342, align 4
  %1344 = getelementptr float, ptr %1321, i64 %1341
  %1345 = load float, ptr %1344, align 4
  %1346 = fmul float %1343, %1345
  %1347 = add i64 %1330, 2
  %1348 = mul i64 %1347, 1
  %1349 = add i64 %1328, %1348
  %1350 = getelementptr float, ptr %1317, i64 %1349
  %1351 = load float, ptr %1350, align 4
  %1352 = getelementptr float, ptr %1321, i64 %1349
  %1353 = load float, ptr %1352, align 4
  %1354 = fmul float %1351, %1353
  %1355 = add i64 %1330, 3
  %1356 = mul i64 %1355, 1
  %1357 = add i64 %1328, %1356
  %1358 = getelementptr float, ptr %1317, i64 %1357
  %1359 = load float, ptr %1358, align 4
  %1360 = getelementptr float, ptr %1321, i64 %1357
  %1361 = load float, ptr %1360, align 4
  %1362 = fmul float %1359, %1361
  %1363 = add i64 %1202, 32
  %1364 = mul i64 %1363, 4
  %1365 = add i64 %1364, 0
  %1366 = mul i64 %1365, 1
  %1367 = add i64 %1328, %1366
  %1368 = getelementptr float, ptr %1317, i64 %1367
  %1369 = load float, ptr %1368, align 4
  %1370 = getelementptr float, ptr %1321, i64 %1367
  %1371 = load float, ptr %1370, align 4
  %1372 = fmul float %1369, %1371
  %1373 = add i64 %1364, 1
  %1374 = mul i64 %1373, 1
  %1375 = add i64 %1328, %1374
  %1376 = getelementptr float, ptr %1317, i64 %1375
  %1377 = load float, ptr %1376, align 4
  %1378 = getelementptr float, ptr %1321, i64 %1375
  %1379 = load float, ptr %1378, align 4
  %1380 = fmul float %1377, %1379
  %1381 = add i64 %1364, 2
  %1382 = mul i64 %1381, 1
  %1383 = add i64 %1328, %1382
  %1384 = getelementptr float, ptr %1317, i64 %1383
  %1385 = load float, ptr %1384, align 4
  %1386 = getelementptr float, ptr %1321, i64 %1383
  %1387 = load float, ptr %1386, align 4
  %1388 = fmul float %1385, %1387
  %1389 = add i64 %1364, 3
  %1390 = mul i64 %1389, 1
  %1391 = add i64 %1328, %1390
  %1392 = getelementptr float, ptr %1317, i64 %1391
  %1393 = load float, ptr %1392, align 4
  %1394 = getelementptr float, ptr %1321, i64 %1391
  %1395 = load float, ptr %1394, align 4
  %1396 = fmul float %1393, %1395
  %1397 = add i64 %1202, 64
  %1398 = icmp slt i64 %1397, 72
  %1399 = icmp slt i64 %1397, 71
  %1400 = select i1 %1399, i64 %1397, i64 71
  %1401 = mul i64 %1400, 4
  %1402 = add i64 %1401, 0
  %1403 = mul i64 %1402, 1
  %1404 = add i64 %1328, %1403
  %1405 = getelementptr float, ptr %1317, i64 %1404
  %1406 = load float, ptr %1405, align 4
  %1407 = getelementptr float, ptr %1321, i64 %1404
  %1408 = load float, ptr %1407, align 4
  %1409 = fmul float %1406, %1408
  %1410 = add i64 %1401, 1
  %1411 = mul i64 %1410, 1
  %1412 = add i64 %1328, %1411
  %1413 = getelementptr float, ptr %1317, i64 %1412
  %1414 = load float, ptr %1413, align 4
  %1415 = getelementptr float, ptr %1321, i64 %1412
  %1416 = load float, ptr %1415, align 4
  %1417 = fmul float %1414, %1416
  %1418 = add i64 %1401, 2
  %1419 = mul i64 %1418, 1
  %1420 = add i64 %1328, %1419
  %1421 = getelementptr float, ptr %1317, i64 %1420
  %1422 = load float, ptr %1421, align 4
  %1423 = getelementptr float, ptr %1321, i64 %1420
  %1424 = load float, ptr %1423, align 4
  %1425 = fmul float %1422, %1424
  %1426 = add i64 %1401, 3
  %1427 = mul i64 %1426, 1
  %1428 = add i64 %1328, %1427
  %1429 = getelementptr float, ptr %1317, i64 %1428
  %1430 = load float, ptr %1429, align 4
  %1431 = getelementptr float, ptr %1321, i64 %1428
  %1432 = load float, ptr %1431, align 4
  %1433 = fmul float %1430, %1432
  %1434 = load float, ptr %287, align 4
  %1435 = fadd float %1434, %1338
  store float %1435, ptr %287, align 4
  %1436 = load float, ptr %287, align 4
  %1437 = fadd float %1436, %1346
  store float %1437, ptr %287, align 4
  %1438 = load float, ptr %287, align 4
  %1439 = fadd float %1438, %1354
  store float %1439, ptr %287, align 4
  %1440 = load float, ptr %287, align 4
  %1441 = fadd float %1440, %1362
  store float %1441, ptr %287, align 4
  %1442 = load float, ptr %287, align 4
  %1443 = fadd float %1442, %1372
  store float %1443, ptr %287, align 4
  %1444 = load float, ptr %287, align 4
  %1445 = fadd float %1444, %1380
  store float %1445, ptr %287, align 4
  %1446 = load float, ptr %287, align 4
  %1447 = fadd float %1446, %1388
  store float %1447, ptr %287, align 4
  %1448 = load float, ptr %287, align 4
  %1449 = fadd float %1448, %1396
  store float %1449, ptr %287, align 4
  %1450 = load float, ptr %287, align 4
  %1451 = fadd float %1450, %1409
  %1452 = select i1 %1398, float %1451, float %1450
  store float %1452, ptr %287, align 4
  %1453 = load float, ptr %287, align 4
  %1454 = fadd float %1453, %1417
  %1455 = select i1 %1398, float %1454, float %1453
  store float %1455, ptr %287, align 4
  %1456 = load float, ptr %287, align 4
  %1457 = fadd float %1456, %1425
  %1458 = select i1 %1398, float %1457, float %1456
  store float %1458, ptr %287, align 4
  %1459 = load float, ptr %287, align 4
  %1460 = fadd float %1459, %1433
  %1461 = select i1 %1398, float %1460, float %1459
  store float %1461, ptr %287, align 4
  %1462 = load float, ptr %287, align 4
  %1463 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1462, i32 16, i32 31)
  %1464 = fadd float %1462, %1463
  %1465 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1464, i32 8, i32 31)
  %1466 = fadd float %1464, %1465
  %1467 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1466, i32 4, i32 31)
  %1468 = fadd float %1466, %1467
  %1469 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1468, i32 2, i32 31)
  %1470 = fadd float %1468, %1469
  %1471 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1470, i32 1, i32 31)
  %1472 = fadd float %1470, %1471
  %1473 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1472, i32 0, i32 31)
  %1474 = getelementptr float, ptr %1318, i64 %1322
  store float %1473, ptr %1474, align 4
  %1475 = add i64 %1322, 1
  store i64 %1475, ptr %288, align 8
  br label %loop184

done186:                                          ; preds = %loop184
  %1476 = icmp eq i64 %1202, 0
  br i1 %1476, label %then187, label %endif188

then187:                                          ; preds = %done186
  %1477 = getelementptr i8, ptr %1173, i64 0
  %1478 = mul i64 %1201, 1
  %1479 = getelementptr float, ptr %1274, i64 %1478
  store i64 0, ptr %286, align 8
  br label %loop189

endif188:                                         ; preds = %done191, %done186
  br label %endif174

loop189:                                          ; preds = %body190, %then187
  %1480 = load i64, ptr %286, align 8
  %1481 = icmp slt i64 %1480, 1
  br i1 %1481, label %body190, label %done191

body190:                                          ; preds = %loop189
  %1482 = getelementptr float, ptr %1477, i64 %1480
  %1483 = load float, ptr %1482, align 4
  %1484 = getelementptr float, ptr %1479, i64 %1480
  store float %1483, ptr %1484, align 4
  %1485 = add i64 %1480, 1
  store i64 %1485, ptr %286, align 8
  br label %loop189

done191:                                          ; preds = %loop189
  br label %endif188

loop192:                                          ; preds = %endif196, %done168
  %1486 = load i64, ptr %285, align 8
  %1487 = icmp slt i64 %1486, %1214
  br i1 %1487, label %body193, label %done194

body193:                                          ; preds = %loop192
  %1488 = srem i64 %1486, %346
  %1489 = sdiv i64 %1486, %346
  %1490 = srem i64 %337, 32
  %1491 = mul i64 %1488, 8
  %1492 = add i64 %1491, 1
  %1493 = getelementptr i32, ptr %352, i64 %1492
  %1494 = load i32, ptr %1493, align 4
  %1495 = icmp eq i32 %1494, 0
  br i1 %1495, label %then195, label %endif196

done194:                                          ; preds = %loop192
  %1496 = sdiv i64 %341, 32
  %1497 = sdiv i64 %337, 32
  %1498 = mul i64 %1497, %339
  %1499 = add i64 %1498, %335
  %1500 = mul i64 %343, %366
  %1501 = getelementptr i8, ptr %363, i64 %1500
  %1502 = mul i64 %346, 288
  %1503 = mul i64 %339, %1496
  %1504 = load i64, ptr %326, align 8
  %1505 = srem i64 %1504, %1503
  %1506 = sub i64 %1499, %1505
  %1507 = add i64 %1506, %1503
  %1508 = srem i64 %1507, %1503
  %1509 = add i64 %1505, %1502
  %1510 = srem i64 %1509, %1503
  store i64 %1510, ptr %326, align 8
  store i64 %1508, ptr %280, align 8
  br label %loop218

then195:                                          ; preds = %body193
  %1511 = getelementptr i64, ptr %0, i64 0
  %1512 = load i64, ptr %1511, align 8
  %1513 = and i64 %1512, -256
  %1514 = inttoptr i64 %1513 to ptr
  %1515 = getelementptr i8, ptr %1514, i64 38861568
  %1516 = mul i64 %1488, %359
  %1517 = getelementptr i8, ptr %356, i64 %1516
  %1518 = getelementptr i8, ptr %1517, i64 0
  %1519 = mul i64 %907, 1
  %1520 = getelementptr i32, ptr %1518, i64 %1519
  %1521 = getelementptr i32, ptr %1520, i64 0
  %1522 = load i32, ptr %1521, align 4
  %1523 = sext i32 %1522 to i64
  %1524 = icmp slt i64 %1523, 0
  %1525 = icmp sge i64 %1523, 6
  %1526 = or i1 %1524, %1525
  br i1 %1526, label %then197, label %endif198

endif196:                                         ; preds = %endif200, %body193
  %1527 = add i64 %1486, %1215
  store i64 %1527, ptr %285, align 8
  br label %loop192

then197:                                          ; preds = %then195
  %1528 = getelementptr i32, ptr %349, i64 2
  %1529 = cmpxchg ptr %1528, i32 0, i32 1 seq_cst seq_cst, align 4
  %1530 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 64, ptr %1530 monotonic, align 4
  br label %endif198

endif198:                                         ; preds = %then197, %then195
  %1531 = icmp slt i64 %1523, 5
  %1532 = select i1 %1531, i64 %1523, i64 5
  %1533 = icmp slt i64 0, %1532
  %1534 = select i1 %1533, i64 %1532, i64 0
  %1535 = mul i64 %1534, 82944
  %1536 = getelementptr float, ptr %1515, i64 %1535
  %1537 = icmp slt i64 %1489, 288
  br i1 %1537, label %then199, label %endif200

then199:                                          ; preds = %endif198
  %1538 = add i64 %1486, %1215
  %1539 = sdiv i64 %1538, %346
  %1540 = srem i64 %1538, %346
  %1541 = icmp eq i64 %1540, %1488
  %1542 = icmp slt i64 %1539, 288
  %1543 = and i1 %1541, %1542
  br i1 %1543, label %then201, label %endif202

endif200:                                         ; preds = %endif214, %endif198
  br label %endif196

then201:                                          ; preds = %then199
  %1544 = getelementptr i64, ptr %0, i64 0
  %1545 = load i64, ptr %1544, align 8
  %1546 = and i64 %1545, -256
  %1547 = inttoptr i64 %1546 to ptr
  %1548 = getelementptr i8, ptr %1547, i64 38861568
  %1549 = mul i64 %1488, %359
  %1550 = getelementptr i8, ptr %356, i64 %1549
  %1551 = getelementptr i8, ptr %1550, i64 0
  %1552 = mul i64 %907, 1
  %1553 = getelementptr i32, ptr %1551, i64 %1552
  %1554 = getelementptr i32, ptr %1553, i64 0
  %1555 = load i32, ptr %1554, align 4
  %1556 = sext i32 %1555 to i64
  %1557 = icmp slt i64 %1556, 0
  %1558 = icmp sge i64 %1556, 6
  %1559 = or i1 %1557, %1558
  br i1 %1559, label %then203, label %endif204

endif202:                                         ; preds = %done207, %then199
  %1560 = mul i64 %1488, %359
  %1561 = getelementptr i8, ptr %356, i64 %1560
  %1562 = getelementptr i8, ptr %1561, i64 20352
  %1563 = getelementptr i64, ptr %0, i64 0
  %1564 = load i64, ptr %1563, align 8
  %1565 = and i64 %1564, -256
  %1566 = inttoptr i64 %1565 to ptr
  %1567 = getelementptr i8, ptr %1566, i64 38861568
  %1568 = mul i64 %1488, %359
  %1569 = getelementptr i8, ptr %356, i64 %1568
  %1570 = getelementptr i8, ptr %1569, i64 0
  %1571 = mul i64 %907, 1
  %1572 = getelementptr i32, ptr %1570, i64 %1571
  %1573 = getelementptr i32, ptr %1572, i64 0
  %1574 = load i32, ptr %1573, align 4
  %1575 = sext i32 %1574 to i64
  %1576 = icmp slt i64 %1575, 0
  %1577 = icmp sge i64 %1575, 6
  %1578 = or i1 %1576, %1577
  br i1 %1578, label %then208, label %endif209

then203:                                          ; preds = %then201
  %1579 = getelementptr i32, ptr %349, i64 2
  %1580 = cmpxchg ptr %1579, i32 0, i32 1 seq_cst seq_cst, align 4
  %1581 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 64, ptr %1581 monotonic, align 4
  br label %endif204

endif204:                                         ; preds = %then203, %then201
  %1582 = icmp slt i64 %1556, 5
  %1583 = select i1 %1582, i64 %1556, i64 5
  %1584 = icmp slt i64 0, %1583
  %1585 = select i1 %1584, i64 %1583, i64 0
  %1586 = mul i64 %1585, 82944
  %1587 = getelementptr float, ptr %1548, i64 %1586
  %1588 = mul i64 %1539, 288
  %1589 = getelementptr float, ptr %1587, i64 %1588
  %1590 = mul i64 %1490, 128
  store i64 %1590, ptr %284, align 8
  br label %loop205

loop205:                                          ; preds = %body206, %endif204
  %1591 = load i64, ptr %284, align 8
  %1592 = icmp slt i64 %1591, 1152
  br i1 %1592, label %body206, label %done207

body206:                                          ; preds = %loop205
  %1593 = getelementptr i8, ptr %1589, i64 %1591
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1593)
  %1594 = add i64 %1591, 4096
  store i64 %1594, ptr %284, align 8
  br label %loop205

done207:                                          ; preds = %loop205
  br label %endif202

then208:                                          ; preds = %endif202
  %1595 = getelementptr i32, ptr %349, i64 2
  %1596 = cmpxchg ptr %1595, i32 0, i32 1 seq_cst seq_cst, align 4
  %1597 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 64, ptr %1597 monotonic, align 4
  br label %endif209

endif209:                                         ; preds = %then208, %endif202
  %1598 = icmp slt i64 %1575, 5
  %1599 = select i1 %1598, i64 %1575, i64 5
  %1600 = icmp slt i64 0, %1599
  %1601 = select i1 %1600, i64 %1599, i64 0
  %1602 = mul i64 %1601, 82944
  %1603 = getelementptr float, ptr %1567, i64 %1602
  %1604 = mul i64 %1489, 288
  %1605 = getelementptr float, ptr %1603, i64 %1604
  %1606 = getelementptr i8, ptr %1213, i64 0
  %1607 = mul i64 %1488, %359
  %1608 = getelementptr i8, ptr %356, i64 %1607
  %1609 = getelementptr i8, ptr %1608, i64 18048
  store i64 0, ptr %283, align 8
  br label %loop210

loop210:                                          ; preds = %body211, %endif209
  %1610 = load i64, ptr %283, align 8
  %1611 = icmp slt i64 %1610, 1
  br i1 %1611, label %body211, label %done212

body211:                                          ; preds = %loop210
  %1612 = sdiv i64 %1610, 1
  %1613 = srem i64 %1610, 1
  %1614 = mul i64 %1612, 288
  %1615 = mul i64 %1614, 1
  %1616 = add i64 %1615, %1613
  store float 0.000000e+00, ptr %282, align 4
  %1617 = add i64 %1490, 0
  %1618 = mul i64 %1617, 4
  %1619 = add i64 %1618, 0
  %1620 = mul i64 %1619, 1
  %1621 = add i64 %1616, %1620
  %1622 = getelementptr float, ptr %1605, i64 %1621
  %1623 = load float, ptr %1622, align 4
  %1624 = getelementptr float, ptr %1609, i64 %1621
  %1625 = load float, ptr %1624, align 4
  %1626 = fmul float %1623, %1625
  %1627 = add i64 %1618, 1
  %1628 = mul i64 %1627, 1
  %1629 = add i64 %1616, %1628
  %1630 = getelementptr float, ptr %1605, i64 %1629
  %1631 = load float, ptr %1630, align 4
  %1632 = getelementptr float, ptr %1609, i64 %1629
  %1633 = load float, ptr %1632, align 4
  %1634 = fmul float %1631, %1633
  %1635 = add i64 %1618, 2
  %1636 = mul i64 %1635, 1
  %1637 = add i64 %1616, %1636
  %1638 = getelementptr float, ptr %1605, i64 %1637
  %1639 = load float, ptr %1638, align 4
  %1640 = getelementptr float, ptr %1609, i64 %1637
  %1641 = load float, ptr %1640, align 4
  %1642 = fmul float %1639, %1641
  %1643 = add i64 %1618, 3
  %1644 = mul i64 %1643, 1
  %1645 = add i64 %1616, %1644
  %1646 = getelementptr float, ptr %1605, i64 %1645
  %1647 = load float, ptr %1646, align 4
  %1648 = getelementptr float, ptr %1609, i64 %1645
  %1649 = load float, ptr %1648, align 4
  %1650 = fmul float %1647, %1649
  %1651 = add i64 %1490, 32
  %1652 = mul i64 %1651, 4
  %1653 = add i64 %1652, 0
  %1654 = mul i64 %1653, 1
  %1655 = add i64 %1616, %1654
  %1656 = getelementptr float, ptr %1605, i64 %1655
  %1657 = load float, ptr %1656, align 4
  %1658 = getelementptr float, ptr %1609, i64 %1655
  %1659 = load float, ptr %1658, align 4
  %1660 = fmul float %1657, %1659
  %1661 = add i64 %1652, 1
  %1662 = mul i64 %1661, 1
  %1663 = add i64 %1616, %1662
  %1664 = getelementptr float, ptr %1605, i64 %1663
  %1665 = load float, ptr %1664, align 4
  %1666 = getelementptr float, ptr %1609, i64 %1663
  %1667 = load float, ptr %1666, align 4
  %1668 = fmul float %1665, %1667
  %1669 = add i64 %1652, 2
  %1670 = mul i64 %1669, 1
  %1671 = add i64 %1616, %1670
  %1672 = getelementptr float, ptr %1605, i64 %1671
  %1673 = load float, ptr %1672, align 4
  %1674 = getelementptr float, ptr %1609, i64 %1671
  %1675 = load float, ptr %1674, align 4
  %1676 = fmul float %1673, %1675
  %1677 = add i64 %1652, 3
  %1678 = mul i64 %1677, 1
  %1679 = add i64 %1616, %1678
  %1680 = getelementptr float, ptr %1605, i64 %1679
  %1681 = load float, ptr %1680, align 4
  %1682 = getelementptr float, ptr %1609, i64 %1679
  %1683 = load float, ptr %1682, align 4
  %1684 = fmul float %1681, %1683
  %1685 = add i64 %1490, 64
  %1686 = icmp slt i64 %1685, 72
  %1687 = icmp slt i64 %1685, 71
  %1688 = select i1 %1687, i64 %1685, i64 71
  %1689 = mul i64 %1688, 4
  %1690 = add i64 %1689, 0
  %1691 = mul i64 %1690, 1
  %1692 = add i64 %1616, %1691
  %1693 = getelementptr float, ptr %1605, i64 %1692
  %1694 = load float, ptr %1693, align 4
  %1695 = getelementptr float, ptr %1609, i64 %1692
  %1696 = load float, ptr %1695, align 4
  %1697 = fmul float %1694, %1696
  %1698 = add i64 %1689, 1
  %1699 = mul i64 %1698, 1
  %1700 = add i64 %1616, %1699
  %1701 = getelementptr float, ptr %1605, i64 %1700
  %1702 = load float, ptr %1701, align 4
  %1703 = getelementptr float, ptr %1609, i64 %1700
  %1704 = load float, ptr %1703, align 4
  %1705 = fmul float %1702, %1704
  %1706 = add i64 %1689, 2
  %1707 = mul i64 %1706, 1
  %1708 = add i64 %1616, %1707
  %1709 = getelementptr float, ptr %1605, i64 %1708
  %1710 = load float, ptr %1709, align 4
  %1711 = getelementptr float, ptr %1609, i64 %1708
  %1712 = load float, ptr %1711, align 4
  %1713 = fmul float %1710, %1712
  %1714 = add i64 %1689, 3
  %1715 = mul i64 %1714, 1
  %1716 = add i64 %1616, %1715
  %1717 = getelementptr float, ptr %1605, i64 %1716
  %1718 = load float, ptr %1717, align 4
  %1719 = getelementptr float, ptr %1609, i64 %1716
  %1720 = load float, ptr %1719, align 4
  %1721 = fmul float %1718, %1720
  %1722 = load float, ptr %282, align 4
  %1723 = fadd float %1722, %1626
  store float %1723, ptr %282, align 4
  %1724 = load float, ptr %282, align 4
  %1725 = fadd float %1724, %1634
  store float %1725, ptr %282, align 4
  %1726 = load float, ptr %282, align 4
  %1727 = fadd float %1726, %1642
  store float %1727, ptr %282, align 4
  %1728 = load float, ptr %282, align 4
  %1729 = fadd float %1728, %1650
  store float %1729, ptr %282, align 4
  %1730 = load float, ptr %282, align 4
  %1731 = fadd float %1730, %1660
  store float %1731, ptr %282, align 4
  %1732 = load float, ptr %282, align 4
  %1733 = fadd float %1732, %1668
  store float %1733, ptr %282, align 4
  %1734 = load float, ptr %282, align 4
  %1735 = fadd float %1734, %1676
  store float %1735, ptr %282, align 4
  %1736 = load float, ptr %282, align 4
  %1737 = fadd float %1736, %1684
  store float %1737, ptr %282, align 4
  %1738 = load float, ptr %282, align 4
  %1739 = fadd float %1738, %1697
  %1740 = select i1 %1686, float %1739, float %1738
  store float %1740, ptr %282, align 4
  %1741 = load float, ptr %282, align 4
  %1742 = fadd float %1741, %1705
  %1743 = select i1 %1686, float %1742, float %1741
  store float %1743, ptr %282, align 4
  %1744 = load float, ptr %282, align 4
  %1745 = fadd float %1744, %1713
  %1746 = select i1 %1686, float %1745, float %1744
  store float %1746, ptr %282, align 4
  %1747 = load float, ptr %282, align 4
  %1748 = fadd float %1747, %1721
  %1749 = select i1 %1686, float %1748, float %1747
  store float %1749, ptr %282, align 4
  %1750 = load float, ptr %282, align 4
  %1751 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1750, i32 16, i32 31)
  %1752 = fadd float %1750, %1751
  %1753 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1752, i32 8, i32 31)
  %1754 = fadd float %1752, %1753
  %1755 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1754, i32 4, i32 31)
  %1756 = fadd float %1754, %1755
  %1757 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1756, i32 2, i32 31)
  %1758 = fadd float %1756, %1757
  %1759 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %1758, i32 1, i32 31)
  %1760 = fadd float %1758, %1759
  %1761 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1760, i32 0, i32 31)
  %1762 = getelementptr float, ptr %1606, i64 %1610
  store float %1761, ptr %1762, align 4
  %1763 = add i64 %1610, 1
  store i64 %1763, ptr %283, align 8
  br label %loop210

done212:                                          ; preds = %loop210
  %1764 = icmp eq i64 %1490, 0
  br i1 %1764, label %then213, label %endif214

then213:                                          ; preds = %done212
  %1765 = getelementptr i8, ptr %1213, i64 0
  %1766 = mul i64 %1489, 1
  %1767 = getelementptr float, ptr %1562, i64 %1766
  store i64 0, ptr %281, align 8
  br label %loop215

endif214:                                         ; preds = %done217, %done212
  br label %endif200

loop215:                                          ; preds = %body216, %then213
  %1768 = load i64, ptr %281, align 8
  %1769 = icmp slt i64 %1768, 1
  br i1 %1769, label %body216, label %done217

body216:                                          ; preds = %loop215
  %1770 = getelementptr float, ptr %1765, i64 %1768
  %1771 = load float, ptr %1770, align 4
  %1772 = getelementptr float, ptr %1767, i64 %1768
  store float %1771, ptr %1772, align 4
  %1773 = add i64 %1768, 1
  store i64 %1773, ptr %281, align 8
  br label %loop215

done217:                                          ; preds = %loop215
  br label %endif214

loop218:                                          ; preds = %endif222, %done194
  %1774 = load i64, ptr %280, align 8
  %1775 = icmp slt i64 %1774, %1502
  br i1 %1775, label %body219, label %done220

body219:                                          ; preds = %loop218
  %1776 = srem i64 %1774, %346
  %1777 = sdiv i64 %1774, %346
  %1778 = srem i64 %337, 32
  %1779 = mul i64 %1776, 8
  %1780 = add i64 %1779, 1
  %1781 = getelementptr i32, ptr %352, i64 %1780
  %1782 = load i32, ptr %1781, align 4
  %1783 = icmp eq i32 %1782, 0
  br i1 %1783, label %then221, label %endif222

done220:                                          ; preds = %loop218
  call void @llvm.nvvm.barrier0()
  %1784 = icmp eq i64 %337, 0
  br i1 %1784, label %then244, label %endif245

then221:                                          ; preds = %body219
  %1785 = getelementptr i64, ptr %0, i64 0
  %1786 = load i64, ptr %1785, align 8
  %1787 = and i64 %1786, -256
  %1788 = inttoptr i64 %1787 to ptr
  %1789 = getelementptr i8, ptr %1788, i64 40852224
  %1790 = mul i64 %1776, %359
  %1791 = getelementptr i8, ptr %356, i64 %1790
  %1792 = getelementptr i8, ptr %1791, i64 0
  %1793 = mul i64 %907, 1
  %1794 = getelementptr i32, ptr %1792, i64 %1793
  %1795 = getelementptr i32, ptr %1794, i64 0
  %1796 = load i32, ptr %1795, align 4
  %1797 = sext i32 %1796 to i64
  %1798 = icmp slt i64 %1797, 0
  %1799 = icmp sge i64 %1797, 6
  %1800 = or i1 %1798, %1799
  br i1 %1800, label %then223, label %endif224

endif222:                                         ; preds = %endif226, %body219
  %1801 = add i64 %1774, %1503
  store i64 %1801, ptr %280, align 8
  br label %loop218

then223:                                          ; preds = %then221
  %1802 = getelementptr i32, ptr %349, i64 2
  %1803 = cmpxchg ptr %1802, i32 0, i32 1 seq_cst seq_cst, align 4
  %1804 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 82, ptr %1804 monotonic, align 4
  br label %endif224

endif224:                                         ; preds = %then223, %then221
  %1805 = icmp slt i64 %1797, 5
  %1806 = select i1 %1805, i64 %1797, i64 5
  %1807 = icmp slt i64 0, %1806
  %1808 = select i1 %1807, i64 %1806, i64 0
  %1809 = mul i64 %1808, 82944
  %1810 = getelementptr float, ptr %1789, i64 %1809
  %1811 = icmp slt i64 %1777, 288
  br i1 %1811, label %then225, label %endif226

then225:                                          ; preds = %endif224
  %1812 = add i64 %1774, %1503
  %1813 = sdiv i64 %1812, %346
  %1814 = srem i64 %1812, %346
  %1815 = icmp eq i64 %1814, %1776
  %1816 = icmp slt i64 %1813, 288
  %1817 = and i1 %1815, %1816
  br i1 %1817, label %then227, label %endif228

endif226:                                         ; preds = %endif240, %endif224
  br label %endif222

then227:                                          ; preds = %then225
  %1818 = getelementptr i64, ptr %0, i64 0
  %1819 = load i64, ptr %1818, align 8
  %1820 = and i64 %1819, -256
  %1821 = inttoptr i64 %1820 to ptr
  %1822 = getelementptr i8, ptr %1821, i64 40852224
  %1823 = mul i64 %1776, %359
  %1824 = getelementptr i8, ptr %356, i64 %1823
  %1825 = getelementptr i8, ptr %1824, i64 0
  %1826 = mul i64 %907, 1
  %1827 = getelementptr i32, ptr %1825, i64 %1826
  %1828 = getelementptr i32, ptr %1827, i64 0
  %1829 = load i32, ptr %1828, align 4
  %1830 = sext i32 %1829 to i64
  %1831 = icmp slt i64 %1830, 0
  %1832 = icmp sge i64 %1830, 6
  %1833 = or i1 %1831, %1832
  br i1 %1833, label %then229, label %endif230

endif228:                                         ; preds = %done233, %then225
  %1834 = mul i64 %1776, %359
  %1835 = getelementptr i8, ptr %356, i64 %1834
  %1836 = getelementptr i8, ptr %1835, i64 21504
  %1837 = getelementptr i64, ptr %0, i64 0
  %1838 = load i64, ptr %1837, align 8
  %1839 = and i64 %1838, -256
  %1840 = inttoptr i64 %1839 to ptr
  %1841 = getelementptr i8, ptr %1840, i64 40852224
  %1842 = mul i64 %1776, %359
  %1843 = getelementptr i8, ptr %356, i64 %1842
  %1844 = getelementptr i8, ptr %1843, i64 0
  %1845 = mul i64 %907, 1
  %1846 = getelementptr i32, ptr %1844, i64 %1845
  %1847 = getelementptr i32, ptr %1846, i64 0
  %1848 = load i32, ptr %1847, align 4
  %1849 = sext i32 %1848 to i64
  %1850 = icmp slt i64 %1849, 0
  %1851 = icmp sge i64 %1849, 6
  %1852 = or i1 %1850, %1851
  br i1 %1852, label %then234, label %endif235

then229:                                          ; preds = %then227
  %1853 = getelementptr i32, ptr %349, i64 2
  %1854 = cmpxchg ptr %1853, i32 0, i32 1 seq_cst seq_cst, align 4
  %1855 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 82, ptr %1855 monotonic, align 4
  br label %endif230

endif230:                                         ; preds = %then229, %then227
  %1856 = icmp slt i64 %1830, 5
  %1857 = select i1 %1856, i64 %1830, i64 5
  %1858 = icmp slt i64 0, %1857
  %1859 = select i1 %1858, i64 %1857, i64 0
  %1860 = mul i64 %1859, 82944
  %1861 = getelementptr float, ptr %1822, i64 %1860
  %1862 = mul i64 %1813, 288
  %1863 = getelementptr float, ptr %1861, i64 %1862
  %1864 = mul i64 %1778, 128
  store i64 %1864, ptr %279, align 8
  br label %loop231

loop231:                                          ; preds = %body232, %endif230
  %1865 = load i64, ptr %279, align 8
  %1866 = icmp slt i64 %1865, 1152
  br i1 %1866, label %body232, label %done233

body232:                                          ; preds = %loop231
  %1867 = getelementptr i8, ptr %1863, i64 %1865
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %1867)
  %1868 = add i64 %1865, 4096
  store i64 %1868, ptr %279, align 8
  br label %loop231

done233:                                          ; preds = %loop231
  br label %endif228

then234:                                          ; preds = %endif228
  %1869 = getelementptr i32, ptr %349, i64 2
  %1870 = cmpxchg ptr %1869, i32 0, i32 1 seq_cst seq_cst, align 4
  %1871 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 82, ptr %1871 monotonic, align 4
  br label %endif235

endif235:                                         ; preds = %then234, %endif228
  %1872 = icmp slt i64 %1849, 5
  %1873 = select i1 %1872, i64 %1849, i64 5
  %1874 = icmp slt i64 0, %1873
  %1875 = select i1 %1874, i64 %1873, i64 0
  %1876 = mul i64 %1875, 82944
  %1877 = getelementptr float, ptr %1841, i64 %1876
  %1878 = mul i64 %1777, 288
  %1879 = getelementptr float, ptr %1877, i64 %1878
  %1880 = getelementptr i8, ptr %1501, i64 0
  %1881 = mul i64 %1776, %359
  %1882 = getelementptr i8, ptr %356, i64 %1881
  %1883 = getelementptr i8, ptr %1882, i64 18048
  store i64 0, ptr %278, align 8
  br label %loop236

loop236:                                          ; preds = %body237, %endif235
  %1884 = load i64, ptr %278, align 8
  %1885 = icmp slt i64 %1884, 1
  br i1 %1885, label %body237, label %done238

body237:                                          ; preds = %loop236
  %1886 = sdiv i64 %1884, 1
  %1887 = srem i64 %1884, 1
  %1888 = mul i64 %1886, 288
  %1889 = mul i64 %1888, 1
  %1890 = add i64 %1889, %1887
  store float 0.000000e+00, ptr %277, align 4
  %1891 = add i64 %1778, 0
  %1892 = mul i64 %1891, 4
  %1893 = add i64 %1892, 0
  %1894 = mul i64 %1893, 1
  %1895 = add i64 %1890, %1894
  %1896 = getelementptr float, ptr %1879, i64 %1895
  %1897 = load float, ptr %1896, align 4
  %1898 = getelementptr float, ptr %1883, i64 %1895
  %1899 = load float, ptr %1898, align 4
  %1900 = fmul float %1897, %1899
  %1901 = add i64 %1892, 1
  %1902 = mul i64 %1901, 1
  %1903 = add i64 %1890, %1902
  %1904 = getelementptr float, ptr %1879, i64 %1903
  %1905 = load float, ptr %1904, align 4
  %1906 = getelementptr float, ptr %1883, i64 %1903
  %1907 = load float, ptr %1906, align 4
  %1908 = fmul float %1905, %1907
  %1909 = add i64 %1892, 2
  %1910 = mul i64 %1909, 1
  %1911 = add i64 %1890, %1910
  %1912 = getelementptr float, ptr %1879, i64 %1911
  %1913 = load float, ptr %1912, align 4
  %1914 = getelementptr float, ptr %1883, i64 %1911
  %1915 = load float, ptr %1914, align 4
  %1916 = fmul float %1913, %1915
  %1917 = add i64 %1892, 3
  %1918 = mul i64 %1917, 1
  %1919 = add i64 %1890, %1918
  %1920 = getelementptr float, ptr %1879, i64 %1919
  %1921 = load float, ptr %1920, align 4
  %1922 = getelementptr float, ptr %1883, i64 %1919
  %1923 = load float, ptr %1922, align 4
  %1924 = fmul float %1921, %1923
  %1925 = add i64 %1778, 32
  %1926 = mul i64 %1925, 4
  %1927 = add i64 %1926, 0
  %1928 = mul i64 %1927, 1
  %1929 = add i64 %1890, %1928
  %1930 = getelementptr float, ptr %1879, i64 %1929
  %1931 = load float, ptr %1930, align 4
  %1932 = getelementptr float, ptr %1883, i64 %1929
  %1933 = load float, ptr %1932, align 4
  %1934 = fmul float %1931, %1933
  %1935 = add i64 %1926, 1
  %1936 = mul i64 %1935, 1
  %1937 = add i64 %1890, %1936
  %1938 = getelementptr float, ptr %1879, i64 %1937
  %1939 = load float, ptr %1938, align 4
  %1940 = getelementptr float, ptr %1883, i64 %1937
  %1941 = load float, ptr %1940, align 4
  %1942 = fmul float %1939, %1941
  %1943 = add i64 %1926, 2
  %1944 = mul i64 %1943, 1
  %1945 = add i64 %1890, %1944
  %1946 = getelementptr float, ptr %1879, i64 %1945
  %1947 = load float, ptr %1946, align 4
  %1948 = getelementptr float, ptr %1883, i64 %1945
  %1949 = load float, ptr %1948, align 4
  %1950 = fmul float %1947, %1949
  %1951 = add i64 %1926, 3
  %1952 = mul i64 %1951, 1
  %1953 = add i64 %1890, %1952
  %1954 = getelementptr float, ptr %1879, i64 %1953
  %1955 = load float, ptr %1954, align 4
  %1956 = getelementptr float, ptr %1883, i64 %1953
  %1957 = load float, ptr %1956, align 4
  %1958 = fmul float %1955, %1957
  %1959 = add i64 %1778, 64
  %1960 = icmp slt i64 %1959, 72
  %1961 = icmp slt i64 %1959, 71
  %1962 = select i1 %1961, i64 %1959, i64 71
  %1963 = mul i64 %1962, 4
  %1964 = add i64 %1963, 0
  %1965 = mul i64 %1964, 1
  %1966 = add i64 %1890, %1965
  %1967 = getelementptr float, ptr %1879, i64 %1966
  %1968 = load float, ptr %1967, align 4
  %1969 = getelementptr float, ptr %1883, i64 %1966
  %1970 = load float, ptr %1969, align 4
  %1971 = fmul float %1968, %1970
  %1972 = add i64 %1963, 1
  %1973 = mul i64 %1972, 1
  %1974 = add i64 %1890, %1973
  %1975 = getelementptr float, ptr %1879, i64 %1974
  %1976 = load float, ptr %1975, align 4
  %1977 = getelementptr float, ptr %1883, i64 %1974
  %1978 = load float, ptr %1977, align 4
  %1979 = fmul float %1976, %1978
  %1980 = add i64 %1963, 2
  %1981 = mul i64 %1980, 1
  %1982 = add i64 %1890, %1981
  %1983 = getelementptr float, ptr %1879, i64 %1982
  %1984 = load float, ptr %1983, align 4
  %1985 = getelementptr float, ptr %1883, i64 %1982
  %1986 = load float, ptr %1985, align 4
  %1987 = fmul float %1984, %1986
  %1988 = add i64 %1963, 3
  %1989 = mul i64 %1988, 1
  %1990 = add i64 %1890, %1989
  %1991 = getelementptr float, ptr %1879, i64 %1990
  %1992 = load float, ptr %1991, align 4
  %1993 = getelementptr float, ptr %1883, i64 %1990
  %1994 = load float, ptr %1993, align 4
  %1995 = fmul float %1992, %1994
  %1996 = load float, ptr %277, align 4
  %1997 = fadd float %1996, %1900
  store float %1997, ptr %277, align 4
  %1998 = load float, ptr %277, align 4
  %1999 = fadd float %1998, %1908
  store float %1999, ptr %277, align 4
  %2000 = load float, ptr %277, align 4
  %2001 = fadd float %2000, %1916
  store float %2001, ptr %277, align 4
  %2002 = load float, ptr %277, align 4
  %2003 = fadd float %2002, %1924
  store float %2003, ptr %277, align 4
  %2004 = load float, ptr %277, align 4
  %2005 = fadd float %2004, %1934
  store float %2005, ptr %277, align 4
  %2006 = load float, ptr %277, align 4
  %2007 = fadd float %2006, %1942
  store float %2007, ptr %277, align 4
  %2008 = load float, ptr %277, align 4
  %2009 = fadd float %2008, %1950
  store float %2009, ptr %277, align 4
  %2010 = load float, ptr %277, align 4
  %2011 = fadd float %2010, %1958
  store float %2011, ptr %277, align 4
  %2012 = load float, ptr %277, align 4
  %2013 = fadd float %2012, %1971
  %2014 = select i1 %1960, float %2013, float %2012
  store float %2014, ptr %277, align 4
  %2015 = load float, ptr %277, align 4
  %2016 = fadd float %2015, %1979
  %2017 = select i1 %1960, float %2016, float %2015
  store float %2017, ptr %277, align 4
  %2018 = load float, ptr %277, align 4
  %2019 = fadd float %2018, %1987
  %2020 = select i1 %1960, float %2019, float %2018
  store float %2020, ptr %277, align 4
  %2021 = load float, ptr %277, align 4
  %2022 = fadd float %2021, %1995
  %2023 = select i1 %1960, float %2022, float %2021
  store float %2023, ptr %277, align 4
  %2024 = load float, ptr %277, align 4
  %2025 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2024, i32 16, i32 31)
  %2026 = fadd float %2024, %2025
  %2027 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2026, i32 8, i32 31)
  %2028 = fadd float %2026, %2027
  %2029 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2028, i32 4, i32 31)
  %2030 = fadd float %2028, %2029
  %2031 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2030, i32 2, i32 31)
  %2032 = fadd float %2030, %2031
  %2033 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %2032, i32 1, i32 31)
  %2034 = fadd float %2032, %2033
  %2035 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %2034, i32 0, i32 31)
  %2036 = getelementptr float, ptr %1880, i64 %1884
  store float %2035, ptr %2036, align 4
  %2037 = add i64 %1884, 1
  store i64 %2037, ptr %278, align 8
  br label %loop236

done238:                                          ; preds = %loop236
  %2038 = icmp eq i64 %1778, 0
  br i1 %2038, label %then239, label %endif240

then239:                                          ; preds = %done238
  %2039 = getelementptr i8, ptr %1501, i64 0
  %2040 = mul i64 %1777, 1
  %2041 = getelementptr float, ptr %1836, i64 %2040
  store i64 0, ptr %276, align 8
  br label %loop241

endif240:                                         ; preds = %done243, %done238
  br label %endif226

loop241:                                          ; preds = %body242, %then239
  %2042 = load i64, ptr %276, align 8
  %2043 = icmp slt i64 %2042, 1
  br i1 %2043, label %body242, label %done243

body242:                                          ; preds = %loop241
  %2044 = getelementptr float, ptr %2039, i64 %2042
  %2045 = load float, ptr %2044, align 4
  %2046 = getelementptr float, ptr %2041, i64 %2042
  store float %2045, ptr %2046, align 4
  %2047 = add i64 %2042, 1
  store i64 %2047, ptr %276, align 8
  br label %loop241

done243:                                          ; preds = %loop241
  br label %endif240

then244:                                          ; preds = %done220
  fence syncscope("device") seq_cst
  %2048 = getelementptr i32, ptr %349, i64 1
  %2049 = load atomic i32, ptr %2048 syncscope("device") acquire, align 4
  %2050 = getelementptr i32, ptr %349, i64 0
  %2051 = atomicrmw add ptr %2050, i32 1 syncscope("device") acq_rel, align 4
  %2052 = sext i32 %2051 to i64
  %2053 = sub i64 %339, 1
  %2054 = icmp eq i64 %2052, %2053
  br i1 %2054, label %then246, label %else247

endif245:                                         ; preds = %endif248, %done220
  call void @llvm.nvvm.barrier0()
  %2055 = mul i64 %343, %366
  %2056 = getelementptr i8, ptr %363, i64 %2055
  %2057 = mul i64 %346, 144
  %2058 = load i64, ptr %327, align 8
  %2059 = srem i64 %2058, %344
  %2060 = sub i64 %343, %2059
  %2061 = add i64 %2060, %344
  %2062 = srem i64 %2061, %344
  %2063 = add i64 %2059, %2057
  %2064 = srem i64 %2063, %344
  store i64 %2064, ptr %327, align 8
  store i64 %2062, ptr %273, align 8
  br label %loop254

then246:                                          ; preds = %then244
  %2065 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %2065 syncscope("device") monotonic, align 4
  %2066 = getelementptr i32, ptr %349, i64 1
  %2067 = atomicrmw add ptr %2066, i32 1 syncscope("device") acq_rel, align 4
  br label %endif248

else247:                                          ; preds = %then244
  store i32 0, ptr %275, align 4
  store i1 true, ptr %274, align 1
  br label %while249

endif248:                                         ; preds = %wdone251, %then246
  fence syncscope("device") seq_cst
  br label %endif245

while249:                                         ; preds = %endif253, %else247
  %2068 = getelementptr i32, ptr %349, i64 1
  %2069 = load atomic i32, ptr %2068 syncscope("device") acquire, align 4
  %2070 = icmp eq i32 %2069, %2049
  %2071 = load i1, ptr %274, align 1
  %2072 = and i1 %2070, %2071
  br i1 %2072, label %wbody250, label %wdone251

wbody250:                                         ; preds = %while249
  call void @llvm.nvvm.nanosleep(i32 64)
  %2073 = load i32, ptr %275, align 4
  %2074 = add i32 %2073, 1
  store i32 %2074, ptr %275, align 4
  %2075 = and i32 %2074, 63
  %2076 = icmp eq i32 %2075, 0
  br i1 %2076, label %then252, label %endif253

wdone251:                                         ; preds = %while249
  br label %endif248

then252:                                          ; preds = %wbody250
  %2077 = getelementptr i32, ptr %349, i64 2
  %2078 = load atomic volatile i32, ptr %2077 monotonic, align 4
  %2079 = icmp eq i32 %2078, 0
  store i1 %2079, ptr %274, align 1
  br label %endif253

endif253:                                         ; preds = %then252, %wbody250
  br label %while249

loop254:                                          ; preds = %endif258, %endif245
  %2080 = load i64, ptr %273, align 8
  %2081 = icmp slt i64 %2080, %2057
  br i1 %2081, label %body255, label %done256

body255:                                          ; preds = %loop254
  %2082 = srem i64 %2080, %346
  %2083 = sdiv i64 %2080, %346
  %2084 = mul i64 %2082, 8
  %2085 = add i64 %2084, 1
  %2086 = getelementptr i32, ptr %352, i64 %2085
  %2087 = load i32, ptr %2086, align 4
  %2088 = icmp eq i32 %2087, 0
  br i1 %2088, label %then257, label %endif258

done256:                                          ; preds = %loop254
  %2089 = mul i64 %343, %366
  %2090 = getelementptr i8, ptr %363, i64 %2089
  %2091 = mul i64 %346, 144
  %2092 = load i64, ptr %327, align 8
  %2093 = srem i64 %2092, %344
  %2094 = sub i64 %343, %2093
  %2095 = add i64 %2094, %344
  %2096 = srem i64 %2095, %344
  %2097 = add i64 %2093, %2091
  %2098 = srem i64 %2097, %344
  store i64 %2098, ptr %327, align 8
  store i64 %2096, ptr %269, align 8
  br label %loop282

then257:                                          ; preds = %body255
  %2099 = mul i64 %2082, %359
  %2100 = getelementptr i8, ptr %356, i64 %2099
  %2101 = getelementptr i8, ptr %2100, i64 64
  %2102 = icmp slt i64 %2083, 144
  br i1 %2102, label %then259, label %endif260

endif258:                                         ; preds = %endif260, %body255
  %2103 = add i64 %2080, %344
  store i64 %2103, ptr %273, align 8
  br label %loop254

then259:                                          ; preds = %then257
  %2104 = mul i64 %2082, %359
  %2105 = getelementptr i8, ptr %356, i64 %2104
  %2106 = getelementptr i8, ptr %2105, i64 18048
  %2107 = mul i64 %2082, %359
  %2108 = getelementptr i8, ptr %356, i64 %2107
  %2109 = getelementptr i8, ptr %2108, i64 64
  %2110 = mul i64 %2083, 1
  %2111 = getelementptr i32, ptr %2109, i64 %2110
  %2112 = mul i64 %2082, %359
  %2113 = getelementptr i8, ptr %356, i64 %2112
  %2114 = getelementptr i8, ptr %2113, i64 19200
  %2115 = mul i64 %2083, 2
  %2116 = getelementptr float, ptr %2114, i64 %2115
  %2117 = mul i64 %2082, %359
  %2118 = getelementptr i8, ptr %356, i64 %2117
  %2119 = getelementptr i8, ptr %2118, i64 768
  %2120 = mul i64 %2083, 1
  %2121 = getelementptr float, ptr %2119, i64 %2120
  %2122 = mul i64 %2082, %359
  %2123 = getelementptr i8, ptr %356, i64 %2122
  %2124 = getelementptr i8, ptr %2123, i64 1344
  %2125 = mul i64 %2083, 1
  %2126 = getelementptr float, ptr %2124, i64 %2125
  %2127 = getelementptr i8, ptr %2056, i64 0
  br i1 true, label %then261, label %endif262

endif260:                                         ; preds = %done281, %then257
  br label %endif258

then261:                                          ; preds = %then259
  %2128 = getelementptr i32, ptr %2127, i64 0
  store i32 0, ptr %2128, align 4
  br label %endif262

endif262:                                         ; preds = %then261, %then259
  %2129 = getelementptr i8, ptr %2056, i64 16
  br i1 true, label %then263, label %endif264

then263:                                          ; preds = %endif262
  %2130 = getelementptr i32, ptr %2129, i64 0
  store i32 1, ptr %2130, align 4
  br label %endif264

endif264:                                         ; preds = %then263, %endif262
  %2131 = getelementptr i8, ptr %2056, i64 32
  %2132 = getelementptr i8, ptr %2056, i64 0
  %2133 = getelementptr i32, ptr %2132, i64 0
  %2134 = load i32, ptr %2133, align 4
  %2135 = sext i32 %2134 to i64
  %2136 = icmp slt i64 %2135, 0
  %2137 = icmp sge i64 %2135, 2
  %2138 = or i1 %2136, %2137
  br i1 %2138, label %then265, label %endif266

then265:                                          ; preds = %endif264
  %2139 = getelementptr i32, ptr %349, i64 2
  %2140 = cmpxchg ptr %2139, i32 0, i32 1 seq_cst seq_cst, align 4
  %2141 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 53, ptr %2141 monotonic, align 4
  br label %endif266

endif266:                                         ; preds = %then265, %endif264
  %2142 = icmp slt i64 %2135, 1
  %2143 = select i1 %2142, i64 %2135, i64 1
  %2144 = icmp slt i64 0, %2143
  %2145 = select i1 %2144, i64 %2143, i64 0
  %2146 = mul i64 %2145, 1
  %2147 = getelementptr float, ptr %2116, i64 %2146
  %2148 = getelementptr i8, ptr %2056, i64 16
  %2149 = getelementptr i32, ptr %2148, i64 0
  %2150 = load i32, ptr %2149, align 4
  %2151 = sext i32 %2150 to i64
  %2152 = icmp slt i64 %2151, 0
  %2153 = icmp sge i64 %2151, 2
  %2154 = or i1 %2152, %2153
  br i1 %2154, label %then267, label %endif268

then267:                                          ; preds = %endif266
  %2155 = getelementptr i32, ptr %349, i64 2
  %2156 = cmpxchg ptr %2155, i32 0, i32 1 seq_cst seq_cst, align 4
  %2157 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 56, ptr %2157 monotonic, align 4
  br label %endif268

endif268:                                         ; preds = %then267, %endif266
  %2158 = icmp slt i64 %2151, 1
  %2159 = select i1 %2158, i64 %2151, i64 1
  %2160 = icmp slt i64 0, %2159
  %2161 = select i1 %2160, i64 %2159, i64 0
  %2162 = mul i64 %2161, 1
  %2163 = getelementptr float, ptr %2116, i64 %2162
  %2164 = getelementptr i8, ptr %2056, i64 0
  %2165 = getelementptr i32, ptr %2164, i64 0
  %2166 = load i32, ptr %2165, align 4
  %2167 = sext i32 %2166 to i64
  %2168 = icmp slt i64 %2167, 0
  %2169 = icmp sge i64 %2167, 2
  %2170 = or i1 %2168, %2169
  br i1 %2170, label %then269, label %endif270

then269:                                          ; preds = %endif268
  %2171 = getelementptr i32, ptr %349, i64 2
  %2172 = cmpxchg ptr %2171, i32 0, i32 1 seq_cst seq_cst, align 4
  %2173 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 53, ptr %2173 monotonic, align 4
  br label %endif270

endif270:                                         ; preds = %then269, %endif268
  %2174 = icmp slt i64 %2167, 1
  %2175 = select i1 %2174, i64 %2167, i64 1
  %2176 = icmp slt i64 0, %2175
  %2177 = select i1 %2176, i64 %2175, i64 0
  %2178 = mul i64 %2177, 1
  %2179 = getelementptr float, ptr %2116, i64 %2178
  %2180 = getelementptr i8, ptr %2056, i64 16
  %2181 = getelementptr i32, ptr %2180, i64 0
  %2182 = load i32, ptr %2181, align 4
  %2183 = sext i32 %2182 to i64
  %2184 = icmp slt i64 %2183, 0
  %2185 = icmp sge i64 %2183, 2
  %2186 = or i1 %2184, %2185
  br i1 %2186, label %then271, label %endif272

then271:                                          ; preds = %endif270
  %2187 = getelementptr i32, ptr %349, i64 2
  %2188 = cmpxchg ptr %2187, i32 0, i32 1 seq_cst seq_cst, align 4
  %2189 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 56, ptr %2189 monotonic, align 4
  br label %endif272

endif272:                                         ; preds = %then271, %endif270
  %2190 = icmp slt i64 %2183, 1
  %2191 = select i1 %2190, i64 %2183, i64 1
  %2192 = icmp slt i64 0, %2191
  %2193 = select i1 %2192, i64 %2191, i64 0
  %2194 = mul i64 %2193, 1
  %2195 = getelementptr float, ptr %2116, i64 %2194
  store i64 0, ptr %272, align 8
  br label %loop273

loop273:                                          ; preds = %body274, %endif272
  %2196 = load i64, ptr %272, align 8
  %2197 = icmp slt i64 %2196, 1
  br i1 %2197, label %body274, label %done275

body274:                                          ; preds = %loop273
  %2198 = add i64 0, %2196
  %2199 = getelementptr float, ptr %2147, i64 0
  %2200 = load float, ptr %2199, align 4
  %2201 = getelementptr float, ptr %2121, i64 0
  %2202 = load float, ptr %2201, align 4
  %2203 = fmul float %2200, %2202
  %2204 = getelementptr float, ptr %2163, i64 0
  %2205 = load float, ptr %2204, align 4
  %2206 = getelementptr float, ptr %2126, i64 0
  %2207 = load float, ptr %2206, align 4
  %2208 = fmul float %2205, %2207
  %2209 = fsub float %2203, %2208
  %2210 = getelementptr float, ptr %2131, i64 %2198
  store float %2209, ptr %2210, align 4
  %2211 = add i64 %2196, 1
  store i64 %2211, ptr %272, align 8
  br label %loop273

done275:                                          ; preds = %loop273
  store i64 0, ptr %271, align 8
  br label %loop276

loop276:                                          ; preds = %body277, %done275
  %2212 = load i64, ptr %271, align 8
  %2213 = icmp slt i64 %2212, 1
  br i1 %2213, label %body277, label %done278

body277:                                          ; preds = %loop276
  %2214 = add i64 1, %2212
  %2215 = getelementptr float, ptr %2179, i64 0
  %2216 = load float, ptr %2215, align 4
  %2217 = getelementptr float, ptr %2126, i64 0
  %2218 = load float, ptr %2217, align 4
  %2219 = fmul float %2216, %2218
  %2220 = getelementptr float, ptr %2195, i64 0
  %2221 = load float, ptr %2220, align 4
  %2222 = getelementptr float, ptr %2121, i64 0
  %2223 = load float, ptr %2222, align 4
  %2224 = fmul float %2221, %2223
  %2225 = fadd float %2219, %2224
  %2226 = getelementptr float, ptr %2131, i64 %2214
  store float %2225, ptr %2226, align 4
  %2227 = add i64 %2212, 1
  store i64 %2227, ptr %271, align 8
  br label %loop276

done278:                                          ; preds = %loop276
  %2228 = getelementptr i8, ptr %2056, i64 32
  %2229 = mul i64 %2083, 2
  %2230 = getelementptr float, ptr %2106, i64 %2229
  store i64 0, ptr %270, align 8
  br label %loop279

loop279:                                          ; preds = %body280, %done278
  %2231 = load i64, ptr %270, align 8
  %2232 = icmp slt i64 %2231, 2
  br i1 %2232, label %body280, label %done281

body280:                                          ; preds = %loop279
  %2233 = getelementptr float, ptr %2228, i64 %2231
  %2234 = load float, ptr %2233, align 4
  %2235 = getelementptr float, ptr %2230, i64 %2231
  store float %2234, ptr %2235, align 4
  %2236 = add i64 %2231, 1
  store i64 %2236, ptr %270, align 8
  br label %loop279

done281:                                          ; preds = %loop279
  br label %endif260

loop282:                                          ; preds = %endif286, %done256
  %2237 = load i64, ptr %269, align 8
  %2238 = icmp slt i64 %2237, %2091
  br i1 %2238, label %body283, label %done284

body283:                                          ; preds = %loop282
  %2239 = srem i64 %2237, %346
  %2240 = sdiv i64 %2237, %346
  %2241 = mul i64 %2239, 8
  %2242 = add i64 %2241, 1
  %2243 = getelementptr i32, ptr %352, i64 %2242
  %2244 = load i32, ptr %2243, align 4
  %2245 = icmp eq i32 %2244, 0
  br i1 %2245, label %then285, label %endif286

done284:                                          ; preds = %loop282
  call void @llvm.nvvm.barrier0()
  %2246 = icmp eq i64 %337, 0
  br i1 %2246, label %then310, label %endif311

then285:                                          ; preds = %body283
  %2247 = mul i64 %2239, %359
  %2248 = getelementptr i8, ptr %356, i64 %2247
  %2249 = getelementptr i8, ptr %2248, i64 64
  %2250 = icmp slt i64 %2240, 144
  br i1 %2250, label %then287, label %endif288

endif286:                                         ; preds = %endif288, %body283
  %2251 = add i64 %2237, %344
  store i64 %2251, ptr %269, align 8
  br label %loop282

then287:                                          ; preds = %then285
  %2252 = mul i64 %2239, %359
  %2253 = getelementptr i8, ptr %356, i64 %2252
  %2254 = getelementptr i8, ptr %2253, i64 22656
  %2255 = mul i64 %2239, %359
  %2256 = getelementptr i8, ptr %356, i64 %2255
  %2257 = getelementptr i8, ptr %2256, i64 64
  %2258 = mul i64 %2240, 1
  %2259 = getelementptr i32, ptr %2257, i64 %2258
  %2260 = mul i64 %2239, %359
  %2261 = getelementptr i8, ptr %356, i64 %2260
  %2262 = getelementptr i8, ptr %2261, i64 20352
  %2263 = mul i64 %2240, 2
  %2264 = getelementptr float, ptr %2262, i64 %2263
  %2265 = mul i64 %2239, %359
  %2266 = getelementptr i8, ptr %356, i64 %2265
  %2267 = getelementptr i8, ptr %2266, i64 1920
  %2268 = mul i64 %2240, 1
  %2269 = getelementptr float, ptr %2267, i64 %2268
  %2270 = mul i64 %2239, %359
  %2271 = getelementptr i8, ptr %356, i64 %2270
  %2272 = getelementptr i8, ptr %2271, i64 2496
  %2273 = mul i64 %2240, 1
  %2274 = getelementptr float, ptr %2272, i64 %2273
  %2275 = getelementptr i8, ptr %2090, i64 0
  br i1 true, label %then289, label %endif290

endif288:                                         ; preds = %done309, %then285
  br label %endif286

then289:                                          ; preds = %then287
  %2276 = getelementptr i32, ptr %2275, i64 0
  store i32 0, ptr %2276, align 4
  br label %endif290

endif290:                                         ; preds = %then289, %then287
  %2277 = getelementptr i8, ptr %2090, i64 16
  br i1 true, label %then291, label %endif292

then291:                                          ; preds = %endif290
  %2278 = getelementptr i32, ptr %2277, i64 0
  store i32 1, ptr %2278, align 4
  br label %endif292

endif292:                                         ; preds = %then291, %endif290
  %2279 = getelementptr i8, ptr %2090, i64 32
  %2280 = getelementptr i8, ptr %2090, i64 0
  %2281 = getelementptr i32, ptr %2280, i64 0
  %2282 = load i32, ptr %2281, align 4
  %2283 = sext i32 %2282 to i64
  %2284 = icmp slt i64 %2283, 0
  %2285 = icmp sge i64 %2283, 2
  %2286 = or i1 %2284, %2285
  br i1 %2286, label %then293, label %endif294

then293:                                          ; preds = %endif292
  %2287 = getelementptr i32, ptr %349, i64 2
  %2288 = cmpxchg ptr %2287, i32 0, i32 1 seq_cst seq_cst, align 4
  %2289 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 71, ptr %2289 monotonic, align 4
  br label %endif294

endif294:                                         ; preds = %then293, %endif292
  %2290 = icmp slt i64 %2283, 1
  %2291 = select i1 %2290, i64 %2283, i64 1
  %2292 = icmp slt i64 0, %2291
  %2293 = select i1 %2292, i64 %2291, i64 0
  %2294 = mul i64 %2293, 1
  %2295 = getelementptr float, ptr %2264, i64 %2294
  %2296 = getelementptr i8, ptr %2090, i64 16
  %2297 = getelementptr i32, ptr %2296, i64 0
  %2298 = load i32, ptr %2297, align 4
  %2299 = sext i32 %2298 to i64
  %2300 = icmp slt i64 %2299, 0
  %2301 = icmp sge i64 %2299, 2
  %2302 = or i1 %2300, %2301
  br i1 %2302, label %then295, label %endif296

then295:                                          ; preds = %endif294
  %2303 = getelementptr i32, ptr %349, i64 2
  %2304 = cmpxchg ptr %2303, i32 0, i32 1 seq_cst seq_cst, align 4
  %2305 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 74, ptr %2305 monotonic, align 4
  br label %endif296

endif296:                                         ; preds = %then295, %endif294
  %2306 = icmp slt i64 %2299, 1
  %2307 = select i1 %2306, i64 %2299, i64 1
  %2308 = icmp slt i64 0, %2307
  %2309 = select i1 %2308, i64 %2307, i64 0
  %2310 = mul i64 %2309, 1
  %2311 = getelementptr float, ptr %2264, i64 %2310
  %2312 = getelementptr i8, ptr %2090, i64 0
  %2313 = getelementptr i32, ptr %2312, i64 0
  %2314 = load i32, ptr %2313, align 4
  %2315 = sext i32 %2314 to i64
  %2316 = icmp slt i64 %2315, 0
  %2317 = icmp sge i64 %2315, 2
  %2318 = or i1 %2316, %2317
  br i1 %2318, label %then297, label %endif298

then297:                                          ; preds = %endif296
  %2319 = getelementptr i32, ptr %349, i64 2
  %2320 = cmpxchg ptr %2319, i32 0, i32 1 seq_cst seq_cst, align 4
  %2321 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 71, ptr %2321 monotonic, align 4
  br label %endif298

endif298:                                         ; preds = %then297, %endif296
  %2322 = icmp slt i64 %2315, 1
  %2323 = select i1 %2322, i64 %2315, i64 1
  %2324 = icmp slt i64 0, %2323
  %2325 = select i1 %2324, i64 %2323, i64 0
  %2326 = mul i64 %2325, 1
  %2327 = getelementptr float, ptr %2264, i64 %2326
  %2328 = getelementptr i8, ptr %2090, i64 16
  %2329 = getelementptr i32, ptr %2328, i64 0
  %2330 = load i32, ptr %2329, align 4
  %2331 = sext i32 %2330 to i64
  %2332 = icmp slt i64 %2331, 0
  %2333 = icmp sge i64 %2331, 2
  %2334 = or i1 %2332, %2333
  br i1 %2334, label %then299, label %endif300

then299:                                          ; preds = %endif298
  %2335 = getelementptr i32, ptr %349, i64 2
  %2336 = cmpxchg ptr %2335, i32 0, i32 1 seq_cst seq_cst, align 4
  %2337 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 74, ptr %2337 monotonic, align 4
  br label %endif300

endif300:                                         ; preds = %then299, %endif298
  %2338 = icmp slt i64 %2331, 1
  %2339 = select i1 %2338, i64 %2331, i64 1
  %2340 = icmp slt i64 0, %2339
  %2341 = select i1 %2340, i64 %2339, i64 0
  %2342 = mul i64 %2341, 1
  %2343 = getelementptr float, ptr %2264, i64 %2342
  store i64 0, ptr %268, align 8
  br label %loop301

loop301:                                          ; preds = %body302, %endif300
  %2344 = load i64, ptr %268, align 8
  %2345 = icmp slt i64 %2344, 1
  br i1 %2345, label %body302, label %done303

body302:                                          ; preds = %loop301
  %2346 = add i64 0, %2344
  %2347 = getelementptr float, ptr %2295, i64 0
  %2348 = load float, ptr %2347, align 4
  %2349 = getelementptr float, ptr %2269, i64 0
  %2350 = load float, ptr %2349, align 4
  %2351 = fmul float %2348, %2350
  %2352 = getelementptr float, ptr %2311, i64 0
  %2353 = load float, ptr %2352, align 4
  %2354 = getelementptr float, ptr %2274, i64 0
  %2355 = load float, ptr %2354, align 4
  %2356 = fmul float %2353, %2355
  %2357 = fsub float %2351, %2356
  %2358 = getelementptr float, ptr %2279, i64 %2346
  store float %2357, ptr %2358, align 4
  %2359 = add i64 %2344, 1
  store i64 %2359, ptr %268, align 8
  br label %loop301

done303:                                          ; preds = %loop301
  store i64 0, ptr %267, align 8
  br label %loop304

loop304:                                          ; preds = %body305, %done303
  %2360 = load i64, ptr %267, align 8
  %2361 = icmp slt i64 %2360, 1
  br i1 %2361, label %body305, label %done306

body305:                                          ; preds = %loop304
  %2362 = add i64 1, %2360
  %2363 = getelementptr float, ptr %2327, i64 0
  %2364 = load float, ptr %2363, align 4
  %2365 = getelementptr float, ptr %2274, i64 0
  %2366 = load float, ptr %2365, align 4
  %2367 = fmul float %2364, %2366
  %2368 = getelementptr float, ptr %2343, i64 0
  %2369 = load float, ptr %2368, align 4
  %2370 = getelementptr float, ptr %2269, i64 0
  %2371 = load float, ptr %2370, align 4
  %2372 = fmul float %2369, %2371
  %2373 = fadd float %2367, %2372
  %2374 = getelementptr float, ptr %2279, i64 %2362
  store float %2373, ptr %2374, align 4
  %2375 = add i64 %2360, 1
  store i64 %2375, ptr %267, align 8
  br label %loop304

done306:                                          ; preds = %loop304
  %2376 = getelementptr i8, ptr %2090, i64 32
  %2377 = mul i64 %2240, 2
  %2378 = getelementptr float, ptr %2254, i64 %2377
  store i64 0, ptr %266, align 8
  br label %loop307

loop307:                                          ; preds = %body308, %done306
  %2379 = load i64, ptr %266, align 8
  %2380 = icmp slt i64 %2379, 2
  br i1 %2380, label %body308, label %done309

body308:                                          ; preds = %loop307
  %2381 = getelementptr float, ptr %2376, i64 %2379
  %2382 = load float, ptr %2381, align 4
  %2383 = getelementptr float, ptr %2378, i64 %2379
  store float %2382, ptr %2383, align 4
  %2384 = add i64 %2379, 1
  store i64 %2384, ptr %266, align 8
  br label %loop307

done309:                                          ; preds = %loop307
  br label %endif288

then310:                                          ; preds = %done284
  fence syncscope("device") seq_cst
  %2385 = getelementptr i32, ptr %349, i64 16
  %2386 = atomicrmw add ptr %2385, i32 1 syncscope("device") release, align 4
  br label %endif311

endif311:                                         ; preds = %then310, %done284
  %2387 = load i32, ptr %332, align 4
  %2388 = add i32 %2387, 1
  store i32 %2388, ptr %332, align 4
  store i64 %335, ptr %265, align 8
  br label %loop312

loop312:                                          ; preds = %endif316, %endif311
  %2389 = load i64, ptr %265, align 8
  %2390 = icmp slt i64 %2389, %346
  br i1 %2390, label %body313, label %done314

body313:                                          ; preds = %loop312
  %2391 = mul i64 %2389, 8
  %2392 = add i64 %2391, 1
  %2393 = getelementptr i32, ptr %352, i64 %2392
  %2394 = load i32, ptr %2393, align 4
  %2395 = icmp eq i32 %2394, 0
  br i1 %2395, label %then315, label %endif316

done314:                                          ; preds = %loop312
  %2396 = icmp slt i64 %335, %346
  br i1 %2396, label %then317, label %endif318

then315:                                          ; preds = %body313
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif316

endif316:                                         ; preds = %then315, %body313
  %2397 = add i64 %2389, %339
  store i64 %2397, ptr %265, align 8
  br label %loop312

then317:                                          ; preds = %done314
  %2398 = icmp eq i64 %337, 0
  br i1 %2398, label %then319, label %endif320

endif318:                                         ; preds = %endif320, %done314
  store i64 %335, ptr %262, align 8
  br label %loop326

then319:                                          ; preds = %then317
  %2399 = load i32, ptr %332, align 4
  %2400 = trunc i64 %339 to i32
  %2401 = mul i32 %2399, %2400
  store i32 0, ptr %264, align 4
  store i1 true, ptr %263, align 1
  br label %while321

endif320:                                         ; preds = %wdone323, %then317
  call void @llvm.nvvm.barrier0()
  br label %endif318

while321:                                         ; preds = %endif325, %then319
  %2402 = getelementptr i32, ptr %349, i64 16
  %2403 = load atomic i32, ptr %2402 syncscope("device") acquire, align 4
  %2404 = sub i32 %2403, %2401
  %2405 = icmp slt i32 %2404, 0
  %2406 = load i1, ptr %263, align 1
  %2407 = and i1 %2405, %2406
  br i1 %2407, label %wbody322, label %wdone323

wbody322:                                         ; preds = %while321
  call void @llvm.nvvm.nanosleep(i32 64)
  %2408 = load i32, ptr %264, align 4
  %2409 = add i32 %2408, 1
  store i32 %2409, ptr %264, align 4
  %2410 = and i32 %2409, 63
  %2411 = icmp eq i32 %2410, 0
  br i1 %2411, label %then324, label %endif325

wdone323:                                         ; preds = %while321
  fence syncscope("device") seq_cst
  br label %endif320

then324:                                          ; preds = %wbody322
  %2412 = getelementptr i32, ptr %349, i64 2
  %2413 = load atomic volatile i32, ptr %2412 monotonic, align 4
  %2414 = icmp eq i32 %2413, 0
  store i1 %2414, ptr %263, align 1
  br label %endif325

endif325:                                         ; preds = %then324, %wbody322
  br label %while321

loop326:                                          ; preds = %endif330, %endif318
  %2415 = load i64, ptr %262, align 8
  %2416 = icmp slt i64 %2415, %346
  br i1 %2416, label %body327, label %done328

body327:                                          ; preds = %loop326
  %2417 = mul i64 %2415, 8
  %2418 = add i64 %2417, 1
  %2419 = getelementptr i32, ptr %352, i64 %2418
  %2420 = load i32, ptr %2419, align 4
  %2421 = icmp eq i32 %2420, 0
  br i1 %2421, label %then329, label %endif330

done328:                                          ; preds = %loop326
  call void @llvm.nvvm.barrier0()
  %2422 = icmp eq i64 %337, 0
  br i1 %2422, label %then331, label %endif332

then329:                                          ; preds = %body327
  call void @llvm.nvvm.barrier0()
  call void @llvm.nvvm.barrier0()
  br label %endif330

endif330:                                         ; preds = %then329, %body327
  %2423 = add i64 %2415, %339
  store i64 %2423, ptr %262, align 8
  br label %loop326

then331:                                          ; preds = %done328
  fence syncscope("device") seq_cst
  %2424 = getelementptr i32, ptr %349, i64 1
  %2425 = load atomic i32, ptr %2424 syncscope("device") acquire, align 4
  %2426 = getelementptr i32, ptr %349, i64 0
  %2427 = atomicrmw add ptr %2426, i32 1 syncscope("device") acq_rel, align 4
  %2428 = sext i32 %2427 to i64
  %2429 = sub i64 %339, 1
  %2430 = icmp eq i64 %2428, %2429
  br i1 %2430, label %then333, label %else334

endif332:                                         ; preds = %endif335, %done328
  call void @llvm.nvvm.barrier0()
  %2431 = mul i64 %343, %366
  %2432 = getelementptr i8, ptr %363, i64 %2431
  %2433 = mul i64 %346, 6
  %2434 = load i64, ptr %325, align 8
  %2435 = srem i64 %2434, %339
  %2436 = sub i64 %335, %2435
  %2437 = add i64 %2436, %339
  %2438 = srem i64 %2437, %339
  %2439 = add i64 %2435, %2433
  %2440 = srem i64 %2439, %339
  store i64 %2440, ptr %325, align 8
  store i64 %2438, ptr %259, align 8
  br label %loop341

then333:                                          ; preds = %then331
  %2441 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %2441 syncscope("device") monotonic, align 4
  %2442 = getelementptr i32, ptr %349, i64 1
  %2443 = atomicrmw add ptr %2442, i32 1 syncscope("device") acq_rel, align 4
  br label %endif335

else334:                                          ; preds = %then331
  store i32 0, ptr %261, align 4
  store i1 true, ptr %260, align 1
  br label %while336

endif335:                                         ; preds = %wdone338, %then333
  fence syncscope("device") seq_cst
  br label %endif332

while336:                                         ; preds = %endif340, %else334
  %2444 = getelementptr i32, ptr %349, i64 1
  %2445 = load atomic i32, ptr %2444 syncscope("device") acquire, align 4
  %2446 = icmp eq i32 %2445, %2425
  %2447 = load i1, ptr %260, align 1
  %2448 = and i1 %2446, %2447
  br i1 %2448, label %wbody337, label %wdone338

wbody337:                                         ; preds = %while336
  call void @llvm.nvvm.nanosleep(i32 64)
  %2449 = load i32, ptr %261, align 4
  %2450 = add i32 %2449, 1
  store i32 %2450, ptr %261, align 4
  %2451 = and i32 %2450, 63
  %2452 = icmp eq i32 %2451, 0
  br i1 %2452, label %then339, label %endif340

wdone338:                                         ; preds = %while336
  br label %endif335

then339:                                          ; preds = %wbody337
  %2453 = getelementptr i32, ptr %349, i64 2
  %2454 = load atomic volatile i32, ptr %2453 monotonic, align 4
  %2455 = icmp eq i32 %2454, 0
  store i1 %2455, ptr %260, align 1
  br label %endif340

endif340:                                         ; preds = %then339, %wbody337
  br label %while336

loop341:                                          ; preds = %endif345, %endif332
  %2456 = load i64, ptr %259, align 8
  %2457 = icmp slt i64 %2456, %2433
  br i1 %2457, label %body342, label %done343

body342:                                          ; preds = %loop341
  %2458 = srem i64 %2456, %346
  %2459 = sdiv i64 %2456, %346
  %2460 = mul i64 %2458, 8
  %2461 = add i64 %2460, 1
  %2462 = getelementptr i32, ptr %352, i64 %2461
  %2463 = load i32, ptr %2462, align 4
  %2464 = icmp eq i32 %2463, 0
  br i1 %2464, label %then344, label %endif345

done343:                                          ; preds = %loop341
  call void @llvm.nvvm.barrier0()
  %2465 = icmp eq i64 %337, 0
  br i1 %2465, label %then682, label %endif683

then344:                                          ; preds = %body342
  %2466 = mul i64 %2458, %359
  %2467 = getelementptr i8, ptr %356, i64 %2466
  %2468 = getelementptr i8, ptr %2467, i64 0
  %2469 = icmp slt i64 %2459, 6
  br i1 %2469, label %then346, label %endif347

endif345:                                         ; preds = %endif347, %body342
  %2470 = add i64 %2456, %339
  store i64 %2470, ptr %259, align 8
  br label %loop341

then346:                                          ; preds = %then344
  %2471 = mul i64 %2458, %359
  %2472 = getelementptr i8, ptr %356, i64 %2471
  %2473 = getelementptr i8, ptr %2472, i64 19200
  %2474 = mul i64 %2458, %359
  %2475 = getelementptr i8, ptr %356, i64 %2474
  %2476 = getelementptr i8, ptr %2475, i64 0
  %2477 = mul i64 %2459, 1
  %2478 = getelementptr i32, ptr %2476, i64 %2477
  %2479 = mul i64 %2458, %359
  %2480 = getelementptr i8, ptr %356, i64 %2479
  %2481 = getelementptr i8, ptr %2480, i64 18048
  %2482 = mul i64 %2459, 48
  %2483 = getelementptr float, ptr %2481, i64 %2482
  %2484 = icmp eq i64 %337, 0
  br i1 %2484, label %then348, label %endif349

endif347:                                         ; preds = %done681, %then344
  br label %endif345

then348:                                          ; preds = %then346
  store i32 1, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  br label %endif349

endif349:                                         ; preds = %then348, %then346
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %258, align 8
  br label %loop350

loop350:                                          ; preds = %endif354, %endif349
  %2485 = load i64, ptr %258, align 8
  %2486 = icmp slt i64 %2485, 1
  br i1 %2486, label %body351, label %done352

body351:                                          ; preds = %loop350
  %2487 = getelementptr i32, ptr %2478, i64 0
  %2488 = load i32, ptr %2487, align 4
  %2489 = load i32, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %2490 = icmp eq i32 %2489, 0
  br i1 %2490, label %then353, label %endif354

done352:                                          ; preds = %loop350
  call void @llvm.nvvm.barrier0()
  %2491 = load i64, ptr %333, align 8
  %2492 = mul i64 1, %2491
  %2493 = add i64 1, %2492
  %2494 = mul i64 %2458, %373
  %2495 = add i64 %2494, 0
  %2496 = getelementptr i8, ptr %370, i64 %2495
  %2497 = load i64, ptr %333, align 8
  %2498 = mul i64 1, %2497
  %2499 = add i64 0, %2498
  %2500 = mul i64 %2458, %359
  %2501 = getelementptr i8, ptr %356, i64 %2500
  %2502 = getelementptr i8, ptr %2501, i64 0
  %2503 = mul i64 %907, 1
  %2504 = getelementptr i32, ptr %2502, i64 %2503
  %2505 = load i64, ptr %333, align 8
  %2506 = mul i64 1, %2505
  %2507 = add i64 0, %2506
  %2508 = mul i64 %2458, %359
  %2509 = getelementptr i8, ptr %356, i64 %2508
  %2510 = getelementptr i8, ptr %2509, i64 22656
  %2511 = load i64, ptr %333, align 8
  %2512 = mul i64 1, %2511
  %2513 = add i64 1, %2512
  %2514 = load i64, ptr %333, align 8
  %2515 = mul i64 1, %2514
  %2516 = add i64 1, %2515
  store i64 %337, ptr %257, align 8
  br label %loop355

then353:                                          ; preds = %body351
  %2517 = getelementptr i32, ptr %349, i64 2
  %2518 = cmpxchg ptr %2517, i32 0, i32 2 seq_cst seq_cst, align 4
  %2519 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 98, ptr %2519 monotonic, align 4
  br label %endif354

endif354:                                         ; preds = %then353, %body351
  %2520 = icmp eq i32 %2489, -1
  %2521 = icmp eq i32 %2489, 0
  %2522 = or i1 %2521, %2520
  %2523 = select i1 %2522, i32 1, i32 %2489
  %2524 = sdiv i32 %2488, %2523
  %2525 = sub i32 0, %2488
  %2526 = select i1 %2520, i32 %2525, i32 %2524
  %2527 = getelementptr i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), i64 %2485
  store i32 %2526, ptr %2527, align 4
  %2528 = add i64 %2485, %341
  store i64 %2528, ptr %258, align 8
  br label %loop350

loop355:                                          ; preds = %done628, %done352
  %2529 = load i64, ptr %257, align 8
  %2530 = icmp slt i64 %2529, %2516
  br i1 %2530, label %body356, label %done357

body356:                                          ; preds = %loop355
  %2531 = mul i64 %2458, %373
  %2532 = add i64 %2531, 0
  %2533 = getelementptr i8, ptr %370, i64 %2532
  %2534 = load i64, ptr %333, align 8
  %2535 = mul i64 1, %2534
  %2536 = add i64 0, %2535
  %2537 = mul i64 %2458, %359
  %2538 = getelementptr i8, ptr %356, i64 %2537
  %2539 = getelementptr i8, ptr %2538, i64 0
  %2540 = mul i64 %907, 1
  %2541 = getelementptr i32, ptr %2539, i64 %2540
  %2542 = load i64, ptr %333, align 8
  %2543 = mul i64 1, %2542
  %2544 = add i64 0, %2543
  %2545 = mul i64 %2458, %359
  %2546 = getelementptr i8, ptr %356, i64 %2545
  %2547 = getelementptr i8, ptr %2546, i64 22656
  %2548 = load i64, ptr %333, align 8
  %2549 = mul i64 1, %2548
  %2550 = add i64 1, %2549
  %2551 = load i64, ptr %333, align 8
  %2552 = mul i64 1, %2551
  %2553 = add i64 1, %2552
  %2554 = sub i64 %2529, 0
  %2555 = mul i64 %2554, 1728
  %2556 = getelementptr float, ptr %2533, i64 %2555
  %2557 = getelementptr i32, ptr %2541, i64 0
  %2558 = load i32, ptr %2557, align 4
  %2559 = sext i32 %2558 to i64
  %2560 = icmp slt i64 %2559, 0
  %2561 = icmp sge i64 %2559, 6
  %2562 = or i1 %2560, %2561
  br i1 %2562, label %then358, label %endif359

done357:                                          ; preds = %loop355
  call void @llvm.nvvm.barrier0()
  %2563 = load i64, ptr %333, align 8
  %2564 = mul i64 1, %2563
  %2565 = add i64 1, %2564
  %2566 = icmp eq i64 %2565, 0
  br i1 %2566, label %then629, label %endif630

then358:                                          ; preds = %body356
  %2567 = getelementptr i32, ptr %349, i64 2
  %2568 = cmpxchg ptr %2567, i32 0, i32 1 seq_cst seq_cst, align 4
  %2569 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 86, ptr %2569 monotonic, align 4
  br label %endif359

endif359:                                         ; preds = %then358, %body356
  %2570 = icmp slt i64 %2559, 5
  %2571 = select i1 %2570, i64 %2559, i64 5
  %2572 = icmp slt i64 0, %2571
  %2573 = select i1 %2572, i64 %2571, i64 0
  %2574 = mul i64 %2573, 288
  %2575 = getelementptr float, ptr %2556, i64 %2574
  %2576 = add i64 0, %2544
  %2577 = sub i64 %2529, %2576
  %2578 = add i64 %2576, 1
  %2579 = icmp sge i64 %2529, %2576
  %2580 = select i1 %2579, ptr %2547, ptr %2575
  %2581 = getelementptr i8, ptr %2432, i64 0
  %2582 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %2583 = sext i32 %2582 to i64
  %2584 = icmp slt i64 %2583, 0
  %2585 = icmp sge i64 %2583, 6
  %2586 = or i1 %2584, %2585
  br i1 %2586, label %then360, label %endif361

then360:                                          ; preds = %endif359
  %2587 = getelementptr i32, ptr %349, i64 2
  %2588 = cmpxchg ptr %2587, i32 0, i32 1 seq_cst seq_cst, align 4
  %2589 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 100, ptr %2589 monotonic, align 4
  br label %endif361

endif361:                                         ; preds = %then360, %endif359
  %2590 = icmp slt i64 %2583, 5
  %2591 = select i1 %2590, i64 %2583, i64 5
  %2592 = icmp slt i64 0, %2591
  %2593 = select i1 %2592, i64 %2591, i64 0
  %2594 = mul i64 %2593, 48
  %2595 = getelementptr float, ptr %2580, i64 %2594
  store i64 0, ptr %256, align 8
  br label %loop362

loop362:                                          ; preds = %done367, %endif361
  %2596 = load i64, ptr %256, align 8
  %2597 = icmp slt i64 %2596, 1
  br i1 %2597, label %body363, label %done364

body363:                                          ; preds = %loop362
  %2598 = sdiv i64 %2596, 1
  %2599 = srem i64 %2596, 1
  %2600 = mul i64 %2598, 48
  %2601 = mul i64 %2600, 1
  %2602 = add i64 %2601, %2599
  store float 0.000000e+00, ptr %255, align 4
  store float 0.000000e+00, ptr %254, align 4
  store float 0.000000e+00, ptr %253, align 4
  store float 0.000000e+00, ptr %252, align 4
  store float 0.000000e+00, ptr %251, align 4
  store float 0.000000e+00, ptr %250, align 4
  store float 0.000000e+00, ptr %249, align 4
  store float 0.000000e+00, ptr %248, align 4
  store float 0.000000e+00, ptr %247, align 4
  store float 0.000000e+00, ptr %246, align 4
  store float 0.000000e+00, ptr %245, align 4
  store float 0.000000e+00, ptr %244, align 4
  store float 0.000000e+00, ptr %243, align 4
  store float 0.000000e+00, ptr %242, align 4
  store float 0.000000e+00, ptr %241, align 4
  store float 0.000000e+00, ptr %240, align 4
  store float 0.000000e+00, ptr %239, align 4
  store float 0.000000e+00, ptr %238, align 4
  store float 0.000000e+00, ptr %237, align 4
  store float 0.000000e+00, ptr %236, align 4
  store float 0.000000e+00, ptr %235, align 4
  store float 0.000000e+00, ptr %234, align 4
  store float 0.000000e+00, ptr %233, align 4
  store float 0.000000e+00, ptr %232, align 4
  store float 0.000000e+00, ptr %231, align 4
  store float 0.000000e+00, ptr %230, align 4
  store float 0.000000e+00, ptr %229, align 4
  store float 0.000000e+00, ptr %228, align 4
  store float 0.000000e+00, ptr %227, align 4
  store float 0.000000e+00, ptr %226, align 4
  store float 0.000000e+00, ptr %225, align 4
  store float 0.000000e+00, ptr %224, align 4
  store i64 0, ptr %223, align 8
  br label %loop365

done364:                                          ; preds = %loop362
  %2603 = getelementptr i8, ptr %2432, i64 16
  br i1 true, label %then624, label %endif625

loop365:                                          ; preds = %endif623, %body363
  %2604 = load i64, ptr %223, align 8
  %2605 = icmp slt i64 %2604, 1
  br i1 %2605, label %body366, label %done367

body366:                                          ; preds = %loop365
  %2606 = mul i64 %2604, 128
  %2607 = add i64 %2606, 0
  %2608 = icmp slt i64 %2607, 48
  br i1 %2608, label %then368, label %endif369

done367:                                          ; preds = %loop365
  %2609 = load float, ptr %239, align 4
  %2610 = load float, ptr %255, align 4
  %2611 = fadd float %2610, %2609
  store float %2611, ptr %255, align 4
  %2612 = load float, ptr %238, align 4
  %2613 = load float, ptr %254, align 4
  %2614 = fadd float %2613, %2612
  store float %2614, ptr %254, align 4
  %2615 = load float, ptr %237, align 4
  %2616 = load float, ptr %253, align 4
  %2617 = fadd float %2616, %2615
  store float %2617, ptr %253, align 4
  %2618 = load float, ptr %236, align 4
  %2619 = load float, ptr %252, align 4
  %2620 = fadd float %2619, %2618
  store float %2620, ptr %252, align 4
  %2621 = load float, ptr %235, align 4
  %2622 = load float, ptr %251, align 4
  %2623 = fadd float %2622, %2621
  store float %2623, ptr %251, align 4
  %2624 = load float, ptr %234, align 4
  %2625 = load float, ptr %250, align 4
  %2626 = fadd float %2625, %2624
  store float %2626, ptr %250, align 4
  %2627 = load float, ptr %233, align 4
  %2628 = load float, ptr %249, align 4
  %2629 = fadd float %2628, %2627
  store float %2629, ptr %249, align 4
  %2630 = load float, ptr %232, align 4
  %2631 = load float, ptr %248, align 4
  %2632 = fadd float %2631, %2630
  store float %2632, ptr %248, align 4
  %2633 = load float, ptr %231, align 4
  %2634 = load float, ptr %247, align 4
  %2635 = fadd float %2634, %2633
  store float %2635, ptr %247, align 4
  %2636 = load float, ptr %230, align 4
  %2637 = load float, ptr %246, align 4
  %2638 = fadd float %2637, %2636
  store float %2638, ptr %246, align 4
  %2639 = load float, ptr %229, align 4
  %2640 = load float, ptr %245, align 4
  %2641 = fadd float %2640, %2639
  store float %2641, ptr %245, align 4
  %2642 = load float, ptr %228, align 4
  %2643 = load float, ptr %244, align 4
  %2644 = fadd float %2643, %2642
  store float %2644, ptr %244, align 4
  %2645 = load float, ptr %227, align 4
  %2646 = load float, ptr %243, align 4
  %2647 = fadd float %2646, %2645
  store float %2647, ptr %243, align 4
  %2648 = load float, ptr %226, align 4
  %2649 = load float, ptr %242, align 4
  %2650 = fadd float %2649, %2648
  store float %2650, ptr %242, align 4
  %2651 = load float, ptr %225, align 4
  %2652 = load float, ptr %241, align 4
  %2653 = fadd float %2652, %2651
  store float %2653, ptr %241, align 4
  %2654 = load float, ptr %224, align 4
  %2655 = load float, ptr %240, align 4
  %2656 = fadd float %2655, %2654
  store float %2656, ptr %240, align 4
  %2657 = load float, ptr %247, align 4
  %2658 = load float, ptr %255, align 4
  %2659 = fadd float %2658, %2657
  store float %2659, ptr %255, align 4
  %2660 = load float, ptr %246, align 4
  %2661 = load float, ptr %254, align 4
  %2662 = fadd float %2661, %2660
  store float %2662, ptr %254, align 4
  %2663 = load float, ptr %245, align 4
  %2664 = load float, ptr %253, align 4
  %2665 = fadd float %2664, %2663
  store float %2665, ptr %253, align 4
  %2666 = load float, ptr %244, align 4
  %2667 = load float, ptr %252, align 4
  %2668 = fadd float %2667, %2666
  store float %2668, ptr %252, align 4
  %2669 = load float, ptr %243, align 4
  %2670 = load float, ptr %251, align 4
  %2671 = fadd float %2670, %2669
  store float %2671, ptr %251, align 4
  %2672 = load float, ptr %242, align 4
  %2673 = load float, ptr %250, align 4
  %2674 = fadd float %2673, %2672
  store float %2674, ptr %250, align 4
  %2675 = load float, ptr %241, align 4
  %2676 = load float, ptr %249, align 4
  %2677 = fadd float %2676, %2675
  store float %2677, ptr %249, align 4
  %2678 = load float, ptr %240, align 4
  %2679 = load float, ptr %248, align 4
  %2680 = fadd float %2679, %2678
  store float %2680, ptr %248, align 4
  %2681 = load float, ptr %251, align 4
  %2682 = load float, ptr %255, align 4
  %2683 = fadd float %2682, %2681
  store float %2683, ptr %255, align 4
  %2684 = load float, ptr %250, align 4
  %2685 = load float, ptr %254, align 4
  %2686 = fadd float %2685, %2684
  store float %2686, ptr %254, align 4
  %2687 = load float, ptr %249, align 4
  %2688 = load float, ptr %253, align 4
  %2689 = fadd float %2688, %2687
  store float %2689, ptr %253, align 4
  %2690 = load float, ptr %248, align 4
  %2691 = load float, ptr %252, align 4
  %2692 = fadd float %2691, %2690
  store float %2692, ptr %252, align 4
  %2693 = load float, ptr %253, align 4
  %2694 = load float, ptr %255, align 4
  %2695 = fadd float %2694, %2693
  store float %2695, ptr %255, align 4
  %2696 = load float, ptr %252, align 4
  %2697 = load float, ptr %254, align 4
  %2698 = fadd float %2697, %2696
  store float %2698, ptr %254, align 4
  %2699 = load float, ptr %254, align 4
  %2700 = load float, ptr %255, align 4
  %2701 = fadd float %2700, %2699
  store float %2701, ptr %255, align 4
  %2702 = load float, ptr %255, align 4
  %2703 = getelementptr float, ptr %2581, i64 %2596
  store float %2702, ptr %2703, align 4
  %2704 = add i64 %2596, 1
  store i64 %2704, ptr %256, align 8
  br label %loop362

then368:                                          ; preds = %body366
  %2705 = mul i64 %2607, 1
  %2706 = add i64 %2602, %2705
  %2707 = getelementptr float, ptr %2483, i64 %2706
  %2708 = load float, ptr %2707, align 4
  %2709 = getelementptr float, ptr %2595, i64 %2706
  %2710 = load float, ptr %2709, align 4
  %2711 = fmul float %2708, %2710
  %2712 = load float, ptr %255, align 4
  %2713 = fadd float %2712, %2711
  store float %2713, ptr %255, align 4
  br label %endif369

endif369:                                         ; preds = %then368, %body366
  %2714 = mul i64 %2604, 128
  %2715 = add i64 %2714, 1
  %2716 = icmp slt i64 %2715, 48
  br i1 %2716, label %then370, label %endif371

then370:                                          ; preds = %endif369
  %2717 = mul i64 %2715, 1
  %2718 = add i64 %2602, %2717
  %2719 = getelementptr float, ptr %2483, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = getelementptr float, ptr %2595, i64 %2718
  %2722 = load float, ptr %2721, align 4
  %2723 = fmul float %2720, %2722
  %2724 = load float, ptr %255, align 4
  %2725 = fadd float %2724, %2723
  store float %2725, ptr %255, align 4
  br label %endif371

endif371:                                         ; preds = %then370, %endif369
  %2726 = mul i64 %2604, 128
  %2727 = add i64 %2726, 2
  %2728 = icmp slt i64 %2727, 48
  br i1 %2728, label %then372, label %endif373

then372:                                          ; preds = %endif371
  %2729 = mul i64 %2727, 1
  %2730 = add i64 %2602, %2729
  %2731 = getelementptr float, ptr %2483, i64 %2730
  %2732 = load float, ptr %2731, align 4
  %2733 = getelementptr float, ptr %2595, i64 %2730
  %2734 = load float, ptr %2733, align 4
  %2735 = fmul float %2732, %2734
  %2736 = load float, ptr %255, align 4
  %2737 = fadd float %2736, %2735
  store float %2737, ptr %255, align 4
  br label %endif373

endif373:                                         ; preds = %then372, %endif371
  %2738 = mul i64 %2604, 128
  %2739 = add i64 %2738, 3
  %2740 = icmp slt i64 %2739, 48
  br i1 %2740, label %then374, label %endif375

then374:                                          ; preds = %endif373
  %2741 = mul i64 %2739, 1
  %2742 = add i64 %2602, %2741
  %2743 = getelementptr float, ptr %2483, i64 %2742
  %2744 = load float, ptr %2743, align 4
  %2745 = getelementptr float, ptr %2595, i64 %2742
  %2746 = load float, ptr %2745, align 4
  %2747 = fmul float %2744, %2746
  %2748 = load float, ptr %255, align 4
  %2749 = fadd float %2748, %2747
  store float %2749, ptr %255, align 4
  br label %endif375

endif375:                                         ; preds = %then374, %endif373
  %2750 = mul i64 %2604, 128
  %2751 = add i64 %2750, 4
  %2752 = icmp slt i64 %2751, 48
  br i1 %2752, label %then376, label %endif377

then376:                                          ; preds = %endif375
  %2753 = mul i64 %2751, 1
  %2754 = add i64 %2602, %2753
  %2755 = getelementptr float, ptr %2483, i64 %2754
  %2756 = load float, ptr %2755, align 4
  %2757 = getelementptr float, ptr %2595, i64 %2754
  %2758 = load float, ptr %2757, align 4
  %2759 = fmul float %2756, %2758
  %2760 = load float, ptr %254, align 4
  %2761 = fadd float %2760, %2759
  store float %2761, ptr %254, align 4
  br label %endif377

endif377:                                         ; preds = %then376, %endif375
  %2762 = mul i64 %2604, 128
  %2763 = add i64 %2762, 5
  %2764 = icmp slt i64 %2763, 48
  br i1 %2764, label %then378, label %endif379

then378:                                          ; preds = %endif377
  %2765 = mul i64 %2763, 1
  %2766 = add i64 %2602, %2765
  %2767 = getelementptr float, ptr %2483, i64 %2766
  %2768 = load float, ptr %2767, align 4
  %2769 = getelementptr float, ptr %2595, i64 %2766
  %2770 = load float, ptr %2769, align 4
  %2771 = fmul float %2768, %2770
  %2772 = load float, ptr %254, align 4
  %2773 = fadd float %2772, %2771
  store float %2773, ptr %254, align 4
  br label %endif379

endif379:                                         ; preds = %then378, %endif377
  %2774 = mul i64 %2604, 128
  %2775 = add i64 %2774, 6
  %2776 = icmp slt i64 %2775, 48
  br i1 %2776, label %then380, label %endif381

then380:                                          ; preds = %endif379
  %2777 = mul i64 %2775, 1
  %2778 = add i64 %2602, %2777
  %2779 = getelementptr float, ptr %2483, i64 %2778
  %2780 = load float, ptr %2779, align 4
  %2781 = getelementptr float, ptr %2595, i64 %2778
  %2782 = load float, ptr %2781, align 4
  %2783 = fmul float %2780, %2782
  %2784 = load float, ptr %254, align 4
  %2785 = fadd float %2784, %2783
  store float %2785, ptr %254, align 4
  br label %endif381

endif381:                                         ; preds = %then380, %endif379
  %2786 = mul i64 %2604, 128
  %2787 = add i64 %2786, 7
  %2788 = icmp slt i64 %2787, 48
  br i1 %2788, label %then382, label %endif383

then382:                                          ; preds = %endif381
  %2789 = mul i64 %2787, 1
  %2790 = add i64 %2602, %2789
  %2791 = getelementptr float, ptr %2483, i64 %2790
  %2792 = load float, ptr %2791, align 4
  %2793 = getelementptr float, ptr %2595, i64 %2790
  %2794 = load float, ptr %2793, align 4
  %2795 = fmul float %2792, %2794
  %2796 = load float, ptr %254, align 4
  %2797 = fadd float %2796, %2795
  store float %2797, ptr %254, align 4
  br label %endif383

endif383:                                         ; preds = %then382, %endif381
  %2798 = mul i64 %2604, 128
  %2799 = add i64 %2798, 8
  %2800 = icmp slt i64 %2799, 48
  br i1 %2800, label %then384, label %endif385

then384:                                          ; preds = %endif383
  %2801 = mul i64 %2799, 1
  %2802 = add i64 %2602, %2801
  %2803 = getelementptr float, ptr %2483, i64 %2802
  %2804 = load float, ptr %2803, align 4
  %2805 = getelementptr float, ptr %2595, i64 %2802
  %2806 = load float, ptr %2805, align 4
  %2807 = fmul float %2804, %2806
  %2808 = load float, ptr %253, align 4
  %2809 = fadd float %2808, %2807
  store float %2809, ptr %253, align 4
  br label %endif385

endif385:                                         ; preds = %then384, %endif383
  %2810 = mul i64 %2604, 128
  %2811 = add i64 %2810, 9
  %2812 = icmp slt i64 %2811, 48
  br i1 %2812, label %then386, label %endif387

then386:                                          ; preds = %endif385
  %2813 = mul i64 %2811, 1
  %2814 = add i64 %2602, %2813
  %2815 = getelementptr float, ptr %2483, i64 %2814
  %2816 = load float, ptr %2815, align 4
  %2817 = getelementptr float, ptr %2595, i64 %2814
  %2818 = load float, ptr %2817, align 4
  %2819 = fmul float %2816, %2818
  %2820 = load float, ptr %253, align 4
  %2821 = fadd float %2820, %2819
  store float %2821, ptr %253, align 4
  br label %endif387

endif387:                                         ; preds = %then386, %endif385
  %2822 = mul i64 %2604, 128
  %2823 = add i64 %2822, 10
  %2824 = icmp slt i64 %2823, 48
  br i1 %2824, label %then388, label %endif389

then388:                                          ; preds = %endif387
  %2825 = mul i64 %2823, 1
  %2826 = add i64 %2602, %2825
  %2827 = getelementptr float, ptr %2483, i64 %2826
  %2828 = load float, ptr %2827, align 4
  %2829 = getelementptr float, ptr %2595, i64 %2826
  %2830 = load float, ptr %2829, align 4
  %2831 = fmul float %2828, %2830
  %2832 = load float, ptr %253, align 4
  %2833 = fadd float %2832, %2831
  store float %2833, ptr %253, align 4
  br label %endif389

endif389:                                         ; preds = %then388, %endif387
  %2834 = mul i64 %2604, 128
  %2835 = add i64 %2834, 11
  %2836 = icmp slt i64 %2835, 48
  br i1 %2836, label %then390, label %endif391

then390:                                          ; preds = %endif389
  %2837 = mul i64 %2835, 1
  %2838 = add i64 %2602, %2837
  %2839 = getelementptr float, ptr %2483, i64 %2838
  %2840 = load float, ptr %2839, align 4
  %2841 = getelementptr float, ptr %2595, i64 %2838
  %2842 = load float, ptr %2841, align 4
  %2843 = fmul float %2840, %2842
  %2844 = load float, ptr %253, align 4
  %2845 = fadd float %2844, %2843
  store float %2845, ptr %253, align 4
  br label %endif391

endif391:                                         ; preds = %then390, %endif389
  %2846 = mul i64 %2604, 128
  %2847 = add i64 %2846, 12
  %2848 = icmp slt i64 %2847, 48
  br i1 %2848, label %then392, label %endif393

then392:                                          ; preds = %endif391
  %2849 = mul i64 %2847, 1
  %2850 = add i64 %2602, %2849
  %2851 = getelementptr float, ptr %2483, i64 %2850
  %2852 = load float, ptr %2851, align 4
  %2853 = getelementptr float, ptr %2595, i64 %2850
  %2854 = load float, ptr %2853, align 4
  %2855 = fmul float %2852, %2854
  %2856 = load float, ptr %252, align 4
  %2857 = fadd float %2856, %2855
  store float %2857, ptr %252, align 4
  br label %endif393

endif393:                                         ; preds = %then392, %endif391
  %2858 = mul i64 %2604, 128
  %2859 = add i64 %2858, 13
  %2860 = icmp slt i64 %2859, 48
  br i1 %2860, label %then394, label %endif395

then394:                                          ; preds = %endif393
  %2861 = mul i64 %2859, 1
  %2862 = add i64 %2602, %2861
  %2863 = getelementptr float, ptr %2483, i64 %2862
  %2864 = load float, ptr %2863, align 4
  %2865 = getelementptr float, ptr %2595, i64 %2862
  %2866 = load float, ptr %2865, align 4
  %2867 = fmul float %2864, %2866
  %2868 = load float, ptr %252, align 4
  %2869 = fadd float %2868, %2867
  store float %2869, ptr %252, align 4
  br label %endif395

endif395:                                         ; preds = %then394, %endif393
  %2870 = mul i64 %2604, 128
  %2871 = add i64 %2870, 14
  %2872 = icmp slt i64 %2871, 48
  br i1 %2872, label %then396, label %endif397

then396:                                          ; preds = %endif395
  %2873 = mul i64 %2871, 1
  %2874 = add i64 %2602, %2873
  %2875 = getelementptr float, ptr %2483, i64 %2874
  %2876 = load float, ptr %2875, align 4
  %2877 = getelementptr float, ptr %2595, i64 %2874
  %2878 = load float, ptr %2877, align 4
  %2879 = fmul float %2876, %2878
  %2880 = load float, ptr %252, align 4
  %2881 = fadd float %2880, %2879
  store float %2881, ptr %252, align 4
  br label %endif397

endif397:                                         ; preds = %then396, %endif395
  %2882 = mul i64 %2604, 128
  %2883 = add i64 %2882, 15
  %2884 = icmp slt i64 %2883, 48
  br i1 %2884, label %then398, label %endif399

then398:                                          ; preds = %endif397
  %2885 = mul i64 %2883, 1
  %2886 = add i64 %2602, %2885
  %2887 = getelementptr float, ptr %2483, i64 %2886
  %2888 = load float, ptr %2887, align 4
  %2889 = getelementptr float, ptr %2595, i64 %2886
  %2890 = load float, ptr %2889, align 4
  %2891 = fmul float %2888, %2890
  %2892 = load float, ptr %252, align 4
  %2893 = fadd float %2892, %2891
  store float %2893, ptr %252, align 4
  br label %endif399

endif399:                                         ; preds = %then398, %endif397
  %2894 = mul i64 %2604, 128
  %2895 = add i64 %2894, 16
  %2896 = icmp slt i64 %2895, 48
  br i1 %2896, label %then400, label %endif401

then400:                                          ; preds = %endif399
  %2897 = mul i64 %2895, 1
  %2898 = add i64 %2602, %2897
  %2899 = getelementptr float, ptr %2483, i64 %2898
  %2900 = load float, ptr %2899, align 4
  %2901 = getelementptr float, ptr %2595, i64 %2898
  %2902 = load float, ptr %2901, align 4
  %2903 = fmul float %2900, %2902
  %2904 = load float, ptr %251, align 4
  %2905 = fadd float %2904, %2903
  store float %2905, ptr %251, align 4
  br label %endif401

endif401:                                         ; preds = %then400, %endif399
  %2906 = mul i64 %2604, 128
  %2907 = add i64 %2906, 17
  %2908 = icmp slt i64 %2907, 48
  br i1 %2908, label %then402, label %endif403

then402:                                          ; preds = %endif401
  %2909 = mul i64 %2907, 1
  %2910 = add i64 %2602, %2909
  %2911 = getelementptr float, ptr %2483, i64 %2910
  %2912 = load float, ptr %2911, align 4
  %2913 = getelementptr float, ptr %2595, i64 %2910
  %2914 = load float, ptr %2913, align 4
  %2915 = fmul float %2912, %2914
  %2916 = load float, ptr %251, align 4
  %2917 = fadd float %2916, %2915
  store float %2917, ptr %251, align 4
  br label %endif403

endif403:                                         ; preds = %then402, %endif401
  %2918 = mul i64 %2604, 128
  %2919 = add i64 %2918, 18
  %2920 = icmp slt i64 %2919, 48
  br i1 %2920, label %then404, label %endif405

then404:                                          ; preds = %endif403
  %2921 = mul i64 %2919, 1
  %2922 = add i64 %2602, %2921
  %2923 = getelementptr float, ptr %2483, i64 %2922
  %2924 = load float, ptr %2923, align 4
  %2925 = getelementptr float, ptr %2595, i64 %2922
  %2926 = load float, ptr %2925, align 4
  %2927 = fmul float %2924, %2926
  %2928 = load float, ptr %251, align 4
  %2929 = fadd float %2928, %2927
  store float %2929, ptr %251, align 4
  br label %endif405

endif405:                                         ; preds = %then404, %endif403
  %2930 = mul i64 %2604, 128
  %2931 = add i64 %2930, 19
  %2932 = icmp slt i64 %2931, 48
  br i1 %2932, label %then406, label %endif407

then406:                                          ; preds = %endif405
  %2933 = mul i64 %2931, 1
  %2934 = add i64 %2602, %2933
  %2935 = getelementptr float, ptr %2483, i64 %2934
  %2936 = load float, ptr %2935, align 4
  %2937 = getelementptr float, ptr %2595, i64 %2934
  %2938 = load float, ptr %2937, align 4
  %2939 = fmul float %2936, %2938
  %2940 = load float, ptr %251, align 4
  %2941 = fadd float %2940, %2939
  store float %2941, ptr %251, align 4
  br label %endif407

endif407:                                         ; preds = %then406, %endif405
  %2942 = mul i64 %2604, 128
  %2943 = add i64 %2942, 20
  %2944 = icmp slt i64 %2943, 48
  br i1 %2944, label %then408, label %endif409

then408:                                          ; preds = %endif407
  %2945 = mul i64 %2943, 1
  %2946 = add i64 %2602, %2945
  %2947 = getelementptr float, ptr %2483, i64 %2946
  %2948 = load float, ptr %2947, align 4
  %2949 = getelementptr float, ptr %2595, i64 %2946
  %2950 = load float, ptr %2949, align 4
  %2951 = fmul float %2948, %2950
  %2952 = load float, ptr %250, align 4
  %2953 = fadd float %2952, %2951
  store float %2953, ptr %250, align 4
  br label %endif409

endif409:                                         ; preds = %then408, %endif407
  %2954 = mul i64 %2604, 128
  %2955 = add i64 %2954, 21
  %2956 = icmp slt i64 %2955, 48
  br i1 %2956, label %then410, label %endif411

then410:                                          ; preds = %endif409
  %2957 = mul i64 %2955, 1
  %2958 = add i64 %2602, %2957
  %2959 = getelementptr float, ptr %2483, i64 %2958
  %2960 = load float, ptr %2959, align 4
  %2961 = getelementptr float, ptr %2595, i64 %2958
  %2962 = load float, ptr %2961, align 4
  %2963 = fmul float %2960, %2962
  %2964 = load float, ptr %250, align 4
  %2965 = fadd float %2964, %2963
  store float %2965, ptr %250, align 4
  br label %endif411

endif411:                                         ; preds = %then410, %endif409
  %2966 = mul i64 %2604, 128
  %2967 = add i64 %2966, 22
  %2968 = icmp slt i64 %2967, 48
  br i1 %2968, label %then412, label %endif413

then412:                                          ; preds = %endif411
  %2969 = mul i64 %2967, 1
  %2970 = add i64 %2602, %2969
  %2971 = getelementptr float, ptr %2483, i64 %2970
  %2972 = load float, ptr %2971, align 4
  %2973 = getelementptr float, ptr %2595, i64 %2970
  %2974 = load float, ptr %2973, align 4
  %2975 = fmul float %2972, %2974
  %2976 = load float, ptr %250, align 4
  %2977 = fadd float %2976, %2975
  store float %2977, ptr %250, align 4
  br label %endif413

endif413:                                         ; preds = %then412, %endif411
  %2978 = mul i64 %2604, 128
  %2979 = add i64 %2978, 23
  %2980 = icmp slt i64 %2979, 48
  br i1 %2980, label %then414, label %endif415

then414:                                          ; preds = %endif413
  %2981 = mul i64 %2979, 1
  %2982 = add i64 %2602, %2981
  %2983 = getelementptr float, ptr %2483, i64 %2982
  %2984 = load float, ptr %2983, align 4
  %2985 = getelementptr float, ptr %2595, i64 %2982
  %2986 = load float, ptr %2985, align 4
  %2987 = fmul float %2984, %2986
  %2988 = load float, ptr %250, align 4
  %2989 = fadd float %2988, %2987
  store float %2989, ptr %250, align 4
  br label %endif415

endif415:                                         ; preds = %then414, %endif413
  %2990 = mul i64 %2604, 128
  %2991 = add i64 %2990, 24
  %2992 = icmp slt i64 %2991, 48
  br i1 %2992, label %then416, label %endif417

then416:                                          ; preds = %endif415
  %2993 = mul i64 %2991, 1
  %2994 = add i64 %2602, %2993
  %2995 = getelementptr float, ptr %2483, i64 %2994
  %2996 = load float, ptr %2995, align 4
  %2997 = getelementptr float, ptr %2595, i64 %2994
  %2998 = load float, ptr %2997, align 4
  %2999 = fmul float %2996, %2998
  %3000 = load float, ptr %249, align 4
  %3001 = fadd float %3000, %2999
  store float %3001, ptr %249, align 4
  br label %endif417

endif417:                                         ; preds = %then416, %endif415
  %3002 = mul i64 %2604, 128
  %3003 = add i64 %3002, 25
  %3004 = icmp slt i64 %3003, 48
  br i1 %3004, label %then418, label %endif419

then418:                                          ; preds = %endif417
  %3005 = mul i64 %3003, 1
  %3006 = add i64 %2602, %3005
  %3007 = getelementptr float, ptr %2483, i64 %3006
  %3008 = load float, ptr %3007, align 4
  %3009 = getelementptr float, ptr %2595, i64 %3006
  %3010 = load float, ptr %3009, align 4
  %3011 = fmul float %3008, %3010
  %3012 = load float, ptr %249, align 4
  %3013 = fadd float %3012, %3011
  store float %3013, ptr %249, align 4
  br label %endif419

endif419:                                         ; preds = %then418, %endif417
  %3014 = mul i64 %2604, 128
  %3015 = add i64 %3014, 26
  %3016 = icmp slt i64 %3015, 48
  br i1 %3016, label %then420, label %endif421

then420:                                          ; preds = %endif419
  %3017 = mul i64 %3015, 1
  %3018 = add i64 %2602, %3017
  %3019 = getelementptr float, ptr %2483, i64 %3018
  %3020 = load float, ptr %3019, align 4
  %3021 = getelementptr float, ptr %2595, i64 %3018
  %3022 = load float, ptr %3021, align 4
  %3023 = fmul float %3020, %3022
  %3024 = load float, ptr %249, align 4
  %3025 = fadd float %3024, %3023
  store float %3025, ptr %249, align 4
  br label %endif421

endif421:                                         ; preds = %then420, %endif419
  %3026 = mul i64 %2604, 128
  %3027 = add i64 %3026, 27
  %3028 = icmp slt i64 %3027, 48
  br i1 %3028, label %then422, label %endif423

then422:                                          ; preds = %endif421
  %3029 = mul i64 %3027, 1
  %3030 = add i64 %2602, %3029
  %3031 = getelementptr float, ptr %2483, i64 %3030
  %3032 = load float, ptr %3031, align 4
  %3033 = getelementptr float, ptr %2595, i64 %3030
  %3034 = load float, ptr %3033, align 4
  %3035 = fmul float %3032, %3034
  %3036 = load float, ptr %249, align 4
  %3037 = fadd float %3036, %3035
  store float %3037, ptr %249, align 4
  br label %endif423

endif423:                                         ; preds = %then422, %endif421
  %3038 = mul i64 %2604, 128
  %3039 = add i64 %3038, 28
  %3040 = icmp slt i64 %3039, 48
  br i1 %3040, label %then424, label %endif425

then424:                                          ; preds = %endif423
  %3041 = mul i64 %3039, 1
  %3042 = add i64 %2602, %3041
  %3043 = getelementptr float, ptr %2483, i64 %3042
  %3044 = load float, ptr %3043, align 4
  %3045 = getelementptr float, ptr %2595, i64 %3042
  %3046 = load float, ptr %3045, align 4
  %3047 = fmul float %3044, %3046
  %3048 = load float, ptr %248, align 4
  %3049 = fadd float %3048, %3047
  store float %3049, ptr %248, align 4
  br label %endif425

endif425:                                         ; preds = %then424, %endif423
  %3050 = mul i64 %2604, 128
  %3051 = add i64 %3050, 29
  %3052 = icmp slt i64 %3051, 48
  br i1 %3052, label %then426, label %endif427

then426:                                          ; preds = %endif425
  %3053 = mul i64 %3051, 1
  %3054 = add i64 %2602, %3053
  %3055 = getelementptr float, ptr %2483, i64 %3054
  %3056 = load float, ptr %3055, align 4
  %3057 = getelementptr float, ptr %2595, i64 %3054
  %3058 = load float, ptr %3057, align 4
  %3059 = fmul float %3056, %3058
  %3060 = load float, ptr %248, align 4
  %3061 = fadd float %3060, %3059
  store float %3061, ptr %248, align 4
  br label %endif427

endif427:                                         ; preds = %then426, %endif425
  %3062 = mul i64 %2604, 128
  %3063 = add i64 %3062, 30
  %3064 = icmp slt i64 %3063, 48
  br i1 %3064, label %then428, label %endif429

then428:                                          ; preds = %endif427
  %3065 = mul i64 %3063, 1
  %3066 = add i64 %2602, %3065
  %3067 = getelementptr float, ptr %2483, i64 %3066
  %3068 = load float, ptr %3067, align 4
  %3069 = getelementptr float, ptr %2595, i64 %3066
  %3070 = load float, ptr %3069, align 4
  %3071 = fmul float %3068, %3070
  %3072 = load float, ptr %248, align 4
  %3073 = fadd float %3072, %3071
  store float %3073, ptr %248, align 4
  br label %endif429

endif429:                                         ; preds = %then428, %endif427
  %3074 = mul i64 %2604, 128
  %3075 = add i64 %3074, 31
  %3076 = icmp slt i64 %3075, 48
  br i1 %3076, label %then430, label %endif431

then430:                                          ; preds = %endif429
  %3077 = mul i64 %3075, 1
  %3078 = add i64 %2602, %3077
  %3079 = getelementptr float, ptr %2483, i64 %3078
  %3080 = load float, ptr %3079, align 4
  %3081 = getelementptr float, ptr %2595, i64 %3078
  %3082 = load float, ptr %3081, align 4
  %3083 = fmul float %3080, %3082
  %3084 = load float, ptr %248, align 4
  %3085 = fadd float %3084, %3083
  store float %3085, ptr %248, align 4
  br label %endif431

endif431:                                         ; preds = %then430, %endif429
  %3086 = mul i64 %2604, 128
  %3087 = add i64 %3086, 32
  %3088 = icmp slt i64 %3087, 48
  br i1 %3088, label %then432, label %endif433

then432:                                          ; preds = %endif431
  %3089 = mul i64 %3087, 1
  %3090 = add i64 %2602, %3089
  %3091 = getelementptr float, ptr %2483, i64 %3090
  %3092 = load float, ptr %3091, align 4
  %3093 = getelementptr float, ptr %2595, i64 %3090
  %3094 = load float, ptr %3093, align 4
  %3095 = fmul float %3092, %3094
  %3096 = load float, ptr %247, align 4
  %3097 = fadd float %3096, %3095
  store float %3097, ptr %247, align 4
  br label %endif433

endif433:                                         ; preds = %then432, %endif431
  %3098 = mul i64 %2604, 128
  %3099 = add i64 %3098, 33
  %3100 = icmp slt i64 %3099, 48
  br i1 %3100, label %then434, label %endif435

then434:                                          ; preds = %endif433
  %3101 = mul i64 %3099, 1
  %3102 = add i64 %2602, %3101
  %3103 = getelementptr float, ptr %2483, i64 %3102
  %3104 = load float, ptr %3103, align 4
  %3105 = getelementptr float, ptr %2595, i64 %3102
  %3106 = load float, ptr %3105, align 4
  %3107 = fmul float %3104, %3106
  %3108 = load float, ptr %247, align 4
  %3109 = fadd float %3108, %3107
  store float %3109, ptr %247, align 4
  br label %endif435

endif435:                                         ; preds = %then434, %endif433
  %3110 = mul i64 %2604, 128
  %3111 = add i64 %3110, 34
  %3112 = icmp slt i64 %3111, 48
  br i1 %3112, label %then436, label %endif437

then436:                                          ; preds = %endif435
  %3113 = mul i64 %3111, 1
  %3114 = add i64 %2602, %3113
  %3115 = getelementptr float, ptr %2483, i64 %3114
  %3116 = load float, ptr %3115, align 4
  %3117 = getelementptr float, ptr %2595, i64 %3114
  %3118 = load float, ptr %3117, align 4
  %3119 = fmul float %3116, %3118
  %3120 = load float, ptr %247, align 4
  %3121 = fadd float %3120, %3119
  store float %3121, ptr %247, align 4
  br label %endif437

endif437:                                         ; preds = %then436, %endif435
  %3122 = mul i64 %2604, 128
  %3123 = add i64 %3122, 35
  %3124 = icmp slt i64 %3123, 48
  br i1 %3124, label %then438, label %endif439

then438:                                          ; preds = %endif437
  %3125 = mul i64 %3123, 1
  %3126 = add i64 %2602, %3125
  %3127 = getelementptr float, ptr %2483, i64 %3126
  %3128 = load float, ptr %3127, align 4
  %3129 = getelementptr float, ptr %2595, i64 %3126
  %3130 = load float, ptr %3129, align 4
  %3131 = fmul float %3128, %3130
  %3132 = load float, ptr %247, align 4
  %3133 = fadd float %3132, %3131
  store float %3133, ptr %247, align 4
  br label %endif439

endif439:                                         ; preds = %then438, %endif437
  %3134 = mul i64 %2604, 128
  %3135 = add i64 %3134, 36
  %3136 = icmp slt i64 %3135, 48
  br i1 %3136, label %then440, label %endif441

then440:                                          ; preds = %endif439
  %3137 = mul i64 %3135, 1
  %3138 = add i64 %2602, %3137
  %3139 = getelementptr float, ptr %2483, i64 %3138
  %3140 = load float, ptr %3139, align 4
  %3141 = getelementptr float, ptr %2595, i64 %3138
  %3142 = load float, ptr %3141, align 4
  %3143 = fmul float %3140, %3142
  %3144 = load float, ptr %246, align 4
  %3145 = fadd float %3144, %3143
  store float %3145, ptr %246, align 4
  br label %endif441

endif441:                                         ; preds = %then440, %endif439
  %3146 = mul i64 %2604, 128
  %3147 = add i64 %3146, 37
  %3148 = icmp slt i64 %3147, 48
  br i1 %3148, label %then442, label %endif443

then442:                                          ; preds = %endif441
  %3149 = mul i64 %3147, 1
  %3150 = add i64 %2602, %3149
  %3151 = getelementptr float, ptr %2483, i64 %3150
  %3152 = load float, ptr %3151, align 4
  %3153 = getelementptr float, ptr %2595, i64 %3150
  %3154 = load float, ptr %3153, align 4
  %3155 = fmul float %3152, %3154
  %3156 = load float, ptr %246, align 4
  %3157 = fadd float %3156, %3155
  store float %3157, ptr %246, align 4
  br label %endif443

endif443:                                         ; preds = %then442, %endif441
  %3158 = mul i64 %2604, 128
  %3159 = add i64 %3158, 38
  %3160 = icmp slt i64 %3159, 48
  br i1 %3160, label %then444, label %endif445

then444:                                          ; preds = %endif443
  %3161 = mul i64 %3159, 1
  %3162 = add i64 %2602, %3161
  %3163 = getelementptr float, ptr %2483, i64 %3162
  %3164 = load float, ptr %3163, align 4
  %3165 = getelementptr float, ptr %2595, i64 %3162
  %3166 = load float, ptr %3165, align 4
  %3167 = fmul float %3164, %3166
  %3168 = load float, ptr %246, align 4
  %3169 = fadd float %3168, %3167
  store float %3169, ptr %246, align 4
  br label %endif445

endif445:                                         ; preds = %then444, %endif443
  %3170 = mul i64 %2604, 128
  %3171 = add i64 %3170, 39
  %3172 = icmp slt i64 %3171, 48
  br i1 %3172, label %then446, label %endif447

then446:                                          ; preds = %endif445
  %3173 = mul i64 %3171, 1
  %3174 = add i64 %2602, %3173
  %3175 = getelementptr float, ptr %2483, i64 %3174
  %3176 = load float, ptr %3175, align 4
  %3177 = getelementptr float, ptr %2595, i64 %3174
  %3178 = load float, ptr %3177, align 4
  %3179 = fmul float %3176, %3178
  %3180 = load float, ptr %246, align 4
  %3181 = fadd float %3180, %3179
  store float %3181, ptr %246, align 4
  br label %endif447

endif447:                                         ; preds = %then446, %endif445
  %3182 = mul i64 %2604, 128
  %3183 = add i64 %3182, 40
  %3184 = icmp slt i64 %3183, 48
  br i1 %3184, label %then448, label %endif449

then448:                                          ; preds = %endif447
  %3185 = mul i64 %3183, 1
  %3186 = add i64 %2602, %3185
  %3187 = getelementptr float, ptr %2483, i64 %3186
  %3188 = load float, ptr %3187, align 4
  %3189 = getelementptr float, ptr %2595, i64 %3186
  %3190 = load float, ptr %3189, align 4
  %3191 = fmul float %3188, %3190
  %3192 = load float, ptr %245, align 4
  %3193 = fadd float %3192, %3191
  store float %3193, ptr %245, align 4
  br label %endif449

endif449:                                         ; preds = %then448, %endif447
  %3194 = mul i64 %2604, 128
  %3195 = add i64 %3194, 41
  %3196 = icmp slt i64 %3195, 48
  br i1 %3196, label %then450, label %endif451

then450:                                          ; preds = %endif449
  %3197 = mul i64 %3195, 1
  %3198 = add i64 %2602, %3197
  %3199 = getelementptr float, ptr %2483, i64 %3198
  %3200 = load float, ptr %3199, align 4
  %3201 = getelementptr float, ptr %2595, i64 %3198
  %3202 = load float, ptr %3201, align 4
  %3203 = fmul float %3200, %3202
  %3204 = load float, ptr %245, align 4
  %3205 = fadd float %3204, %3203
  store float %3205, ptr %245, align 4
  br label %endif451

endif451:                                         ; preds = %then450, %endif449
  %3206 = mul i64 %2604, 128
  %3207 = add i64 %3206, 42
  %3208 = icmp slt i64 %3207, 48
  br i1 %3208, label %then452, label %endif453

then452:                                          ; preds = %endif451
  %3209 = mul i64 %3207, 1
  %3210 = add i64 %2602, %3209
  %3211 = getelementptr float, ptr %2483, i64 %3210
  %3212 = load float, ptr %3211, align 4
  %3213 = getelementptr float, ptr %2595, i64 %3210
  %3214 = load float, ptr %3213, align 4
  %3215 = fmul float %3212, %3214
  %3216 = load float, ptr %245, align 4
  %3217 = fadd float %3216, %3215
  store float %3217, ptr %245, align 4
  br label %endif453

endif453:                                         ; preds = %then452, %endif451
  %3218 = mul i64 %2604, 128
  %3219 = add i64 %3218, 43
  %3220 = icmp slt i64 %3219, 48
  br i1 %3220, label %then454, label %endif455

then454:                                          ; preds = %endif453
  %3221 = mul i64 %3219, 1
  %3222 = add i64 %2602, %3221
  %3223 = getelementptr float, ptr %2483, i64 %3222
  %3224 = load float, ptr %3223, align 4
  %3225 = getelementptr float, ptr %2595, i64 %3222
  %3226 = load float, ptr %3225, align 4
  %3227 = fmul float %3224, %3226
  %3228 = load float, ptr %245, align 4
  %3229 = fadd float %3228, %3227
  store float %3229, ptr %245, align 4
  br label %endif455

endif455:                                         ; preds = %then454, %endif453
  %3230 = mul i64 %2604, 128
  %3231 = add i64 %3230, 44
  %3232 = icmp slt i64 %3231, 48
  br i1 %3232, label %then456, label %endif457

then456:                                          ; preds = %endif455
  %3233 = mul i64 %3231, 1
  %3234 = add i64 %2602, %3233
  %3235 = getelementptr float, ptr %2483, i64 %3234
  %3236 = load float, ptr %3235, align 4
  %3237 = getelementptr float, ptr %2595, i64 %3234
  %3238 = load float, ptr %3237, align 4
  %3239 = fmul float %3236, %3238
  %3240 = load float, ptr %244, align 4
  %3241 = fadd float %3240, %3239
  store float %3241, ptr %244, align 4
  br label %endif457

endif457:                                         ; preds = %then456, %endif455
  %3242 = mul i64 %2604, 128
  %3243 = add i64 %3242, 45
  %3244 = icmp slt i64 %3243, 48
  br i1 %3244, label %then458, label %endif459

then458:                                          ; preds = %endif457
  %3245 = mul i64 %3243, 1
  %3246 = add i64 %2602, %3245
  %3247 = getelementptr float, ptr %2483, i64 %3246
  %3248 = load float, ptr %3247, align 4
  %3249 = getelementptr float, ptr %2595, i64 %3246
  %3250 = load float, ptr %3249, align 4
  %3251 = fmul float %3248, %3250
  %3252 = load float, ptr %244, align 4
  %3253 = fadd float %3252, %3251
  store float %3253, ptr %244, align 4
  br label %endif459

endif459:                                         ; preds = %then458, %endif457
  %3254 = mul i64 %2604, 128
  %3255 = add i64 %3254, 46
  %3256 = icmp slt i64 %3255, 48
  br i1 %3256, label %then460, label %endif461

then460:                                          ; preds = %endif459
  %3257 = mul i64 %3255, 1
  %3258 = add i64 %2602, %3257
  %3259 = getelementptr float, ptr %2483, i64 %3258
  %3260 = load float, ptr %3259, align 4
  %3261 = getelementptr float, ptr %2595, i64 %3258
  %3262 = load float, ptr %3261, align 4
  %3263 = fmul float %3260, %3262
  %3264 = load float, ptr %244, align 4
  %3265 = fadd float %3264, %3263
  store float %3265, ptr %244, align 4
  br label %endif461

endif461:                                         ; preds = %then460, %endif459
  %3266 = mul i64 %2604, 128
  %3267 = add i64 %3266, 47
  %3268 = icmp slt i64 %3267, 48
  br i1 %3268, label %then462, label %endif463

then462:                                          ; preds = %endif461
  %3269 = mul i64 %3267, 1
  %3270 = add i64 %2602, %3269
  %3271 = getelementptr float, ptr %2483, i64 %3270
  %3272 = load float, ptr %3271, align 4
  %3273 = getelementptr float, ptr %2595, i64 %3270
  %3274 = load float, ptr %3273, align 4
  %3275 = fmul float %3272, %3274
  %3276 = load float, ptr %244, align 4
  %3277 = fadd float %3276, %3275
  store float %3277, ptr %244, align 4
  br label %endif463

endif463:                                         ; preds = %then462, %endif461
  %3278 = mul i64 %2604, 128
  %3279 = add i64 %3278, 48
  %3280 = icmp slt i64 %3279, 48
  br i1 %3280, label %then464, label %endif465

then464:                                          ; preds = %endif463
  %3281 = mul i64 %3279, 1
  %3282 = add i64 %2602, %3281
  %3283 = getelementptr float, ptr %2483, i64 %3282
  %3284 = load float, ptr %3283, align 4
  %3285 = getelementptr float, ptr %2595, i64 %3282
  %3286 = load float, ptr %3285, align 4
  %3287 = fmul float %3284, %3286
  %3288 = load float, ptr %243, align 4
  %3289 = fadd float %3288, %3287
  store float %3289, ptr %243, align 4
  br label %endif465

endif465:                                         ; preds = %then464, %endif463
  %3290 = mul i64 %2604, 128
  %3291 = add i64 %3290, 49
  %3292 = icmp slt i64 %3291, 48
  br i1 %3292, label %then466, label %endif467

then466:                                          ; preds = %endif465
  %3293 = mul i64 %3291, 1
  %3294 = add i64 %2602, %3293
  %3295 = getelementptr float, ptr %2483, i64 %3294
  %3296 = load float, ptr %3295, align 4
  %3297 = getelementptr float, ptr %2595, i64 %3294
  %3298 = load float, ptr %3297, align 4
  %3299 = fmul float %3296, %3298
  %3300 = load float, ptr %243, align 4
  %3301 = fadd float %3300, %3299
  store float %3301, ptr %243, align 4
  br label %endif467

endif467:                                         ; preds = %then466, %endif465
  %3302 = mul i64 %2604, 128
  %3303 = add i64 %3302, 50
  %3304 = icmp slt i64 %3303, 48
  br i1 %3304, label %then468, label %endif469

then468:                                          ; preds = %endif467
  %3305 = mul i64 %3303, 1
  %3306 = add i64 %2602, %3305
  %3307 = getelementptr float, ptr %2483, i64 %3306
  %3308 = load float, ptr %3307, align 4
  %3309 = getelementptr float, ptr %2595, i64 %3306
  %3310 = load float, ptr %3309, align 4
  %3311 = fmul float %3308, %3310
  %3312 = load float, ptr %243, align 4
  %3313 = fadd float %3312, %3311
  store float %3313, ptr %243, align 4
  br label %endif469

endif469:                                         ; preds = %then468, %endif467
  %3314 = mul i64 %2604, 128
  %3315 = add i64 %3314, 51
  %3316 = icmp slt i64 %3315, 48
  br i1 %3316, label %then470, label %endif471

then470:                                          ; preds = %endif469
  %3317 = mul i64 %3315, 1
  %3318 = add i64 %2602, %3317
  %3319 = getelementptr float, ptr %2483, i64 %3318
  %3320 = load float, ptr %3319, align 4
  %3321 = getelementptr float, ptr %2595, i64 %3318
  %3322 = load float, ptr %3321, align 4
  %3323 = fmul float %3320, %3322
  %3324 = load float, ptr %243, align 4
  %3325 = fadd float %3324, %3323
  store float %3325, ptr %243, align 4
  br label %endif471

endif471:                                         ; preds = %then470, %endif469
  %3326 = mul i64 %2604, 128
  %3327 = add i64 %3326, 52
  %3328 = icmp slt i64 %3327, 48
  br i1 %3328, label %then472, label %endif473

then472:                                          ; preds = %endif471
  %3329 = mul i64 %3327, 1
  %3330 = add i64 %2602, %3329
  %3331 = getelementptr float, ptr %2483, i64 %3330
  %3332 = load float, ptr %3331, align 4
  %3333 = getelementptr float, ptr %2595, i64 %3330
  %3334 = load float, ptr %3333, align 4
  %3335 = fmul float %3332, %3334
  %3336 = load float, ptr %242, align 4
  %3337 = fadd float %3336, %3335
  store float %3337, ptr %242, align 4
  br label %endif473

endif473:                                         ; preds = %then472, %endif471
  %3338 = mul i64 %2604, 128
  %3339 = add i64 %3338, 53
  %3340 = icmp slt i64 %3339, 48
  br i1 %3340, label %then474, label %endif475

then474:                                          ; preds = %endif473
  %3341 = mul i64 %3339, 1
  %3342 = add i64 %2602, %3341
  %3343 = getelementptr float, ptr %2483, i64 %3342
  %3344 = load float, ptr %3343, align 4
  %3345 = getelementptr float, ptr %2595, i64 %3342
  %3346 = load float, ptr %3345, align 4
  %3347 = fmul float %3344, %3346
  %3348 = load float, ptr %242, align 4
  %3349 = fadd float %3348, %3347
  store float %3349, ptr %242, align 4
  br label %endif475

endif475:                                         ; preds = %then474, %endif473
  %3350 = mul i64 %2604, 128
  %3351 = add i64 %3350, 54
  %3352 = icmp slt i64 %3351, 48
  br i1 %3352, label %then476, label %endif477

then476:                                          ; preds = %endif475
  %3353 = mul i64 %3351, 1
  %3354 = add i64 %2602, %3353
  %3355 = getelementptr float, ptr %2483, i64 %3354
  %3356 = load float, ptr %3355, align 4
  %3357 = getelementptr float, ptr %2595, i64 %3354
  %3358 = load float, ptr %3357, align 4
  %3359 = fmul float %3356, %3358
  %3360 = load float, ptr %242, align 4
  %3361 = fadd float %3360, %3359
  store float %3361, ptr %242, align 4
  br label %endif477

endif477:                                         ; preds = %then476, %endif475
  %3362 = mul i64 %2604, 128
  %3363 = add i64 %3362, 55
  %3364 = icmp slt i64 %3363, 48
  br i1 %3364, label %then478, label %endif479

then478:                                          ; preds = %endif477
  %3365 = mul i64 %3363, 1
  %3366 = add i64 %2602, %3365
  %3367 = getelementptr float, ptr %2483, i64 %3366
  %3368 = load float, ptr %3367, align 4
  %3369 = getelementptr float, ptr %2595, i64 %3366
  %3370 = load float, ptr %3369, align 4
  %3371 = fmul float %3368, %3370
  %3372 = load float, ptr %242, align 4
  %3373 = fadd float %3372, %3371
  store float %3373, ptr %242, align 4
  br label %endif479

endif479:                                         ; preds = %then478, %endif477
  %3374 = mul i64 %2604, 128
  %3375 = add i64 %3374, 56
  %3376 = icmp slt i64 %3375, 48
  br i1 %3376, label %then480, label %endif481

then480:                                          ; preds = %endif479
  %3377 = mul i64 %3375, 1
  %3378 = add i64 %2602, %3377
  %3379 = getelementptr float, ptr %2483, i64 %3378
  %3380 = load float, ptr %3379, align 4
  %3381 = getelementptr float, ptr %2595, i64 %3378
  %3382 = load float, ptr %3381, align 4
  %3383 = fmul float %3380, %3382
  %3384 = load float, ptr %241, align 4
  %3385 = fadd float %3384, %3383
  store float %3385, ptr %241, align 4
  br label %endif481

endif481:                                         ; preds = %then480, %endif479
  %3386 = mul i64 %2604, 128
  %3387 = add i64 %3386, 57
  %3388 = icmp slt i64 %3387, 48
  br i1 %3388, label %then482, label %endif483

then482:                                          ; preds = %endif481
  %3389 = mul i64 %3387, 1
  %3390 = add i64 %2602, %3389
  %3391 = getelementptr float, ptr %2483, i64 %3390
  %3392 = load float, ptr %3391, align 4
  %3393 = getelementptr float, ptr %2595, i64 %3390
  %3394 = load float, ptr %3393, align 4
  %3395 = fmul float %3392, %3394
  %3396 = load float, ptr %241, align 4
  %3397 = fadd float %3396, %3395
  store float %3397, ptr %241, align 4
  br label %endif483

endif483:                                         ; preds = %then482, %endif481
  %3398 = mul i64 %2604, 128
  %3399 = add i64 %3398, 58
  %3400 = icmp slt i64 %3399, 48
  br i1 %3400, label %then484, label %endif485

then484:                                          ; preds = %endif483
  %3401 = mul i64 %3399, 1
  %3402 = add i64 %2602, %3401
  %3403 = getelementptr float, ptr %2483, i64 %3402
  %3404 = load float, ptr %3403, align 4
  %3405 = getelementptr float, ptr %2595, i64 %3402
  %3406 = load float, ptr %3405, align 4
  %3407 = fmul float %3404, %3406
  %3408 = load float, ptr %241, align 4
  %3409 = fadd float %3408, %3407
  store float %3409, ptr %241, align 4
  br label %endif485

endif485:                                         ; preds = %then484, %endif483
  %3410 = mul i64 %2604, 128
  %3411 = add i64 %3410, 59
  %3412 = icmp slt i64 %3411, 48
  br i1 %3412, label %then486, label %endif487

then486:                                          ; preds = %endif485
  %3413 = mul i64 %3411, 1
  %3414 = add i64 %2602, %3413
  %3415 = getelementptr float, ptr %2483, i64 %3414
  %3416 = load float, ptr %3415, align 4
  %3417 = getelementptr float, ptr %2595, i64 %3414
  %3418 = load float, ptr %3417, align 4
  %3419 = fmul float %3416, %3418
  %3420 = load float, ptr %241, align 4
  %3421 = fadd float %3420, %3419
  store float %3421, ptr %241, align 4
  br label %endif487

endif487:                                         ; preds = %then486, %endif485
  %3422 = mul i64 %2604, 128
  %3423 = add i64 %3422, 60
  %3424 = icmp slt i64 %3423, 48
  br i1 %3424, label %then488, label %endif489

then488:                                          ; preds = %endif487
  %3425 = mul i64 %3423, 1
  %3426 = add i64 %2602, %3425
  %3427 = getelementptr float, ptr %2483, i64 %3426
  %3428 = load float, ptr %3427, align 4
  %3429 = getelementptr float, ptr %2595, i64 %3426
  %3430 = load float, ptr %3429, align 4
  %3431 = fmul float %3428, %3430
  %3432 = load float, ptr %240, align 4
  %3433 = fadd float %3432, %3431
  store float %3433, ptr %240, align 4
  br label %endif489

endif489:                                         ; preds = %then488, %endif487
  %3434 = mul i64 %2604, 128
  %3435 = add i64 %3434, 61
  %3436 = icmp slt i64 %3435, 48
  br i1 %3436, label %then490, label %endif491

then490:                                          ; preds = %endif489
  %3437 = mul i64 %3435, 1
  %3438 = add i64 %2602, %3437
  %3439 = getelementptr float, ptr %2483, i64 %3438
  %3440 = load float, ptr %3439, align 4
  %3441 = getelementptr float, ptr %2595, i64 %3438
  %3442 = load float, ptr %3441, align 4
  %3443 = fmul float %3440, %3442
  %3444 = load float, ptr %240, align 4
  %3445 = fadd float %3444, %3443
  store float %3445, ptr %240, align 4
  br label %endif491

endif491:                                         ; preds = %then490, %endif489
  %3446 = mul i64 %2604, 128
  %3447 = add i64 %3446, 62
  %3448 = icmp slt i64 %3447, 48
  br i1 %3448, label %then492, label %endif493

then492:                                          ; preds = %endif491
  %3449 = mul i64 %3447, 1
  %3450 = add i64 %2602, %3449
  %3451 = getelementptr float, ptr %2483, i64 %3450
  %3452 = load float, ptr %3451, align 4
  %3453 = getelementptr float, ptr %2595, i64 %3450
  %3454 = load float, ptr %3453, align 4
  %3455 = fmul float %3452, %3454
  %3456 = load float, ptr %240, align 4
  %3457 = fadd float %3456, %3455
  store float %3457, ptr %240, align 4
  br label %endif493

endif493:                                         ; preds = %then492, %endif491
  %3458 = mul i64 %2604, 128
  %3459 = add i64 %3458, 63
  %3460 = icmp slt i64 %3459, 48
  br i1 %3460, label %then494, label %endif495

then494:                                          ; preds = %endif493
  %3461 = mul i64 %3459, 1
  %3462 = add i64 %2602, %3461
  %3463 = getelementptr float, ptr %2483, i64 %3462
  %3464 = load float, ptr %3463, align 4
  %3465 = getelementptr float, ptr %2595, i64 %3462
  %3466 = load float, ptr %3465, align 4
  %3467 = fmul float %3464, %3466
  %3468 = load float, ptr %240, align 4
  %3469 = fadd float %3468, %3467
  store float %3469, ptr %240, align 4
  br label %endif495

endif495:                                         ; preds = %then494, %endif493
  %3470 = mul i64 %2604, 128
  %3471 = add i64 %3470, 64
  %3472 = icmp slt i64 %3471, 48
  br i1 %3472, label %then496, label %endif497

then496:                                          ; preds = %endif495
  %3473 = mul i64 %3471, 1
  %3474 = add i64 %2602, %3473
  %3475 = getelementptr float, ptr %2483, i64 %3474
  %3476 = load float, ptr %3475, align 4
  %3477 = getelementptr float, ptr %2595, i64 %3474
  %3478 = load float, ptr %3477, align 4
  %3479 = fmul float %3476, %3478
  %3480 = load float, ptr %239, align 4
  %3481 = fadd float %3480, %3479
  store float %3481, ptr %239, align 4
  br label %endif497

endif497:                                         ; preds = %then496, %endif495
  %3482 = mul i64 %2604, 128
  %3483 = add i64 %3482, 65
  %3484 = icmp slt i64 %3483, 48
  br i1 %3484, label %then498, label %endif499

then498:                                          ; preds = %endif497
  %3485 = mul i64 %3483, 1
  %3486 = add i64 %2602, %3485
  %3487 = getelementptr float, ptr %2483, i64 %3486
  %3488 = load float, ptr %3487, align 4
  %3489 = getelementptr float, ptr %2595, i64 %3486
  %3490 = load float, ptr %3489, align 4
  %3491 = fmul float %3488, %3490
  %3492 = load float, ptr %239, align 4
  %3493 = fadd float %3492, %3491
  store float %3493, ptr %239, align 4
  br label %endif499

endif499:                                         ; preds = %then498, %endif497
  %3494 = mul i64 %2604, 128
  %3495 = add i64 %3494, 66
  %3496 = icmp slt i64 %3495, 48
  br i1 %3496, label %then500, label %endif501

then500:                                          ; preds = %endif499
  %3497 = mul i64 %3495, 1
  %3498 = add i64 %2602, %3497
  %3499 = getelementptr float, ptr %2483, i64 %3498
  %3500 = load float, ptr %3499, align 4
  %3501 = getelementptr float, ptr %2595, i64 %3498
  %3502 = load float, ptr %3501, align 4
  %3503 = fmul float %3500, %3502
  %3504 = load float, ptr %239, align 4
  %3505 = fadd float %3504, %3503
  store float %3505, ptr %239, align 4
  br label %endif501

endif501:                                         ; preds = %then500, %endif499
  %3506 = mul i64 %2604, 128
  %3507 = add i64 %3506, 67
  %3508 = icmp slt i64 %3507, 48
  br i1 %3508, label %then502, label %endif503

then502:                                          ; preds = %endif501
  %3509 = mul i64 %3507, 1
  %3510 = add i64 %2602, %3509
  %3511 = getelementptr float, ptr %2483, i64 %3510
  %3512 = load float, ptr %3511, align 4
  %3513 = getelementptr float, ptr %2595, i64 %3510
  %3514 = load float, ptr %3513, align 4
  %3515 = fmul float %3512, %3514
  %3516 = load float, ptr %239, align 4
  %3517 = fadd float %3516, %3515
  store float %3517, ptr %239, align 4
  br label %endif503

endif503:                                         ; preds = %then502, %endif501
  %3518 = mul i64 %2604, 128
  %3519 = add i64 %3518, 68
  %3520 = icmp slt i64 %3519, 48
  br i1 %3520, label %then504, label %endif505

then504:                                          ; preds = %endif503
  %3521 = mul i64 %3519, 1
  %3522 = add i64 %2602, %3521
  %3523 = getelementptr float, ptr %2483, i64 %3522
  %3524 = load float, ptr %3523, align 4
  %3525 = getelementptr float, ptr %2595, i64 %3522
  %3526 = load float, ptr %3525, align 4
  %3527 = fmul float %3524, %3526
  %3528 = load float, ptr %238, align 4
  %3529 = fadd float %3528, %3527
  store float %3529, ptr %238, align 4
  br label %endif505

endif505:                                         ; preds = %then504, %endif503
  %3530 = mul i64 %2604, 128
  %3531 = add i64 %3530, 69
  %3532 = icmp slt i64 %3531, 48
  br i1 %3532, label %then506, label %endif507

then506:                                          ; preds = %endif505
  %3533 = mul i64 %3531, 1
  %3534 = add i64 %2602, %3533
  %3535 = getelementptr float, ptr %2483, i64 %3534
  %3536 = load float, ptr %3535, align 4
  %3537 = getelementptr float, ptr %2595, i64 %3534
  %3538 = load float, ptr %3537, align 4
  %3539 = fmul float %3536, %3538
  %3540 = load float, ptr %238, align 4
  %3541 = fadd float %3540, %3539
  store float %3541, ptr %238, align 4
  br label %endif507

endif507:                                         ; preds = %then506, %endif505
  %3542 = mul i64 %2604, 128
  %3543 = add i64 %3542, 70
  %3544 = icmp slt i64 %3543, 48
  br i1 %3544, label %then508, label %endif509

then508:                                          ; preds = %endif507
  %3545 = mul i64 %3543, 1
  %3546 = add i64 %2602, %3545
  %3547 = getelementptr float, ptr %2483, i64 %3546
  %3548 = load float, ptr %3547, align 4
  %3549 = getelementptr float, ptr %2595, i64 %3546
  %3550 = load float, ptr %3549, align 4
  %3551 = fmul float %3548, %3550
  %3552 = load float, ptr %238, align 4
  %3553 = fadd float %3552, %3551
  store float %3553, ptr %238, align 4
  br label %endif509

endif509:                                         ; preds = %then508, %endif507
  %3554 = mul i64 %2604, 128
  %3555 = add i64 %3554, 71
  %3556 = icmp slt i64 %3555, 48
  br i1 %3556, label %then510, label %endif511

then510:                                          ; preds = %endif509
  %3557 = mul i64 %3555, 1
  %3558 = add i64 %2602, %3557
  %3559 = getelementptr float, ptr %2483, i64 %3558
  %3560 = load float, ptr %3559, align 4
  %3561 = getelementptr float, ptr %2595, i64 %3558
  %3562 = load float, ptr %3561, align 4
  %3563 = fmul float %3560, %3562
  %3564 = load float, ptr %238, align 4
  %3565 = fadd float %3564, %3563
  store float %3565, ptr %238, align 4
  br label %endif511

endif511:                                         ; preds = %then510, %endif509
  %3566 = mul i64 %2604, 128
  %3567 = add i64 %3566, 72
  %3568 = icmp slt i64 %3567, 48
  br i1 %3568, label %then512, label %endif513

then512:                                          ; preds = %endif511
  %3569 = mul i64 %3567, 1
  %3570 = add i64 %2602, %3569
  %3571 = getelementptr float, ptr %2483, i64 %3570
  %3572 = load float, ptr %3571, align 4
  %3573 = getelementptr float, ptr %2595, i64 %3570
  %3574 = load float, ptr %3573, align 4
  %3575 = fmul float %3572, %3574
  %3576 = load float, ptr %237, align 4
  %3577 = fadd float %3576, %3575
  store float %3577, ptr %237, align 4
  br label %endif513

endif513:                                         ; preds = %then512, %endif511
  %3578 = mul i64 %2604, 128
  %3579 = add i64 %3578, 73
  %3580 = icmp slt i64 %3579, 48
  br i1 %3580, label %then514, label %endif515

then514:                                          ; preds = %endif513
  %3581 = mul i64 %3579, 1
  %3582 = add i64 %2602, %3581
  %3583 = getelementptr float, ptr %2483, i64 %3582
  %3584 = load float, ptr %3583, align 4
  %3585 = getelementptr float, ptr %2595, i64 %3582
  %3586 = load float, ptr %3585, align 4
  %3587 = fmul float %3584, %3586
  %3588 = load float, ptr %237, align 4
  %3589 = fadd float %3588, %3587
  store float %3589, ptr %237, align 4
  br label %endif515

endif515:                                         ; preds = %then514, %endif513
  %3590 = mul i64 %2604, 128
  %3591 = add i64 %3590, 74
  %3592 = icmp slt i64 %3591, 48
  br i1 %3592, label %then516, label %endif517

then516:                                          ; preds = %endif515
  %3593 = mul i64 %3591, 1
  %3594 = add i64 %2602, %3593
  %3595 = getelementptr float, ptr %2483, i64 %3594
  %3596 = load float, ptr %3595, align 4
  %3597 = getelementptr float, ptr %2595, i64 %3594
  %3598 = load float, ptr %3597, align 4
  %3599 = fmul float %3596, %3598
  %3600 = load float, ptr %237, align 4
  %3601 = fadd float %3600, %3599
  store float %3601, ptr %237, align 4
  br label %endif517

endif517:                                         ; preds = %then516, %endif515
  %3602 = mul i64 %2604, 128
  %3603 = add i64 %3602, 75
  %3604 = icmp slt i64 %3603, 48
  br i1 %3604, label %then518, label %endif519

then518:                                          ; preds = %endif517
  %3605 = mul i64 %3603, 1
  %3606 = add i64 %2602, %3605
  %3607 = getelementptr float, ptr %2483, i64 %3606
  %3608 = load float, ptr %3607, align 4
  %3609 = getelementptr float, ptr %2595, i64 %3606
  %3610 = load float, ptr %3609, align 4
  %3611 = fmul float %3608, %3610
  %3612 = load float, ptr %237, align 4
  %3613 = fadd float %3612, %3611
  store float %3613, ptr %237, align 4
  br label %endif519

endif519:                                         ; preds = %then518, %endif517
  %3614 = mul i64 %2604, 128
  %3615 = add i64 %3614, 76
  %3616 = icmp slt i64 %3615, 48
  br i1 %3616, label %then520, label %endif521

then520:                                          ; preds = %endif519
  %3617 = mul i64 %3615, 1
  %3618 = add i64 %2602, %3617
  %3619 = getelementptr float, ptr %2483, i64 %3618
  %3620 = load float, ptr %3619, align 4
  %3621 = getelementptr float, ptr %2595, i64 %3618
  %3622 = load float, ptr %3621, align 4
  %3623 = fmul float %3620, %3622
  %3624 = load float, ptr %236, align 4
  %3625 = fadd float %3624, %3623
  store float %3625, ptr %236, align 4
  br label %endif521

endif521:                                         ; preds = %then520, %endif519
  %3626 = mul i64 %2604, 128
  %3627 = add i64 %3626, 77
  %3628 = icmp slt i64 %3627, 48
  br i1 %3628, label %then522, label %endif523

then522:                                          ; preds = %endif521
  %3629 = mul i64 %3627, 1
  %3630 = add i64 %2602, %3629
  %3631 = getelementptr float, ptr %2483, i64 %3630
  %3632 = load float, ptr %3631, align 4
  %3633 = getelementptr float, ptr %2595, i64 %3630
  %3634 = load float, ptr %3633, align 4
  %3635 = fmul float %3632, %3634
  %3636 = load float, ptr %236, align 4
  %3637 = fadd float %3636, %3635
  store float %3637, ptr %236, align 4
  br label %endif523

endif523:                                         ; preds = %then522, %endif521
  %3638 = mul i64 %2604, 128
  %3639 = add i64 %3638, 78
  %3640 = icmp slt i64 %3639, 48
  br i1 %3640, label %then524, label %endif525

then524:                                          ; preds = %endif523
  %3641 = mul i64 %3639, 1
  %3642 = add i64 %2602, %3641
  %3643 = getelementptr float, ptr %2483, i64 %3642
  %3644 = load float, ptr %3643, align 4
  %3645 = getelementptr float, ptr %2595, i64 %3642
  %3646 = load float, ptr %3645, align 4
  %3647 = fmul float %3644, %3646
  %3648 = load float, ptr %236, align 4
  %3649 = fadd float %3648, %3647
  store float %3649, ptr %236, align 4
  br label %endif525

endif525:                                         ; preds = %then524, %endif523
  %3650 = mul i64 %2604, 128
  %3651 = add i64 %3650, 79
  %3652 = icmp slt i64 %3651, 48
  br i1 %3652, label %then526, label %endif527

then526:                                          ; preds = %endif525
  %3653 = mul i64 %3651, 1
  %3654 = add i64 %2602, %3653
  %3655 = getelementptr float, ptr %2483, i64 %3654
  %3656 = load float, ptr %3655, align 4
  %3657 = getelementptr float, ptr %2595, i64 %3654
  %3658 = load float, ptr %3657, align 4
  %3659 = fmul float %3656, %3658
  %3660 = load float, ptr %236, align 4
  %3661 = fadd float %3660, %3659
  store float %3661, ptr %236, align 4
  br label %endif527

endif527:                                         ; preds = %then526, %endif525
  %3662 = mul i64 %2604, 128
  %3663 = add i64 %3662, 80
  %3664 = icmp slt i64 %3663, 48
  br i1 %3664, label %then528, label %endif529

then528:                                          ; preds = %endif527
  %3665 = mul i64 %3663, 1
  %3666 = add i64 %2602, %3665
  %3667 = getelementptr float, ptr %2483, i64 %3666
  %3668 = load float, ptr %3667, align 4
  %3669 = getelementptr float, ptr %2595, i64 %3666
  %3670 = load float, ptr %3669, align 4
  %3671 = fmul float %3668, %3670
  %3672 = load float, ptr %235, align 4
  %3673 = fadd float %3672, %3671
  store float %3673, ptr %235, align 4
  br label %endif529

endif529:                                         ; preds = %then528, %endif527
  %3674 = mul i64 %2604, 128
  %3675 = add i64 %3674, 81
  %3676 = icmp slt i64 %3675, 48
  br i1 %3676, label %then530, label %endif531

then530:                                          ; preds = %endif529
  %3677 = mul i64 %3675, 1
  %3678 = add i64 %2602, %3677
  %3679 = getelementptr float, ptr %2483, i64 %3678
  %3680 = load float, ptr %3679, align 4
  %3681 = getelementptr float, ptr %2595, i64 %3678
  %3682 = load float, ptr %3681, align 4
  %3683 = fmul float %3680, %3682
  %3684 = load float, ptr %235, align 4
  %3685 = fadd float %3684, %3683
  store float %3685, ptr %235, align 4
  br label %endif531

endif531:                                         ; preds = %then530, %endif529
  %3686 = mul i64 %2604, 128
  %3687 = add i64 %3686, 82
  %3688 = icmp slt i64 %3687, 48
  br i1 %3688, label %then532, label %endif533

then532:                                          ; preds = %endif531
  %3689 = mul i64 %3687, 1
  %3690 = add i64 %2602, %3689
  %3691 = getelementptr float, ptr %2483, i64 %3690
  %3692 = load float, ptr %3691, align 4
  %3693 = getelementptr float, ptr %2595, i64 %3690
  %3694 = load float, ptr %3693, align 4
  %3695 = fmul float %3692, %3694
  %3696 = load float, ptr %235, align 4
  %3697 = fadd float %3696, %3695
  store float %3697, ptr %235, align 4
  br label %endif533

endif533:                                         ; preds = %then532, %endif531
  %3698 = mul i64 %2604, 128
  %3699 = add i64 %3698, 83
  %3700 = icmp slt i64 %3699, 48
  br i1 %3700, label %then534, label %endif535

then534:                                          ; preds = %endif533
  %3701 = mul i64 %3699, 1
  %3702 = add i64 %2602, %3701
  %3703 = getelementptr float, ptr %2483, i64 %3702
  %3704 = load float, ptr %3703, align 4
  %3705 = getelementptr float, ptr %2595, i64 %3702
  %3706 = load float, ptr %3705, align 4
  %3707 = fmul float %3704, %3706
  %3708 = load float, ptr %235, align 4
  %3709 = fadd float %3708, %3707
  store float %3709, ptr %235, align 4
  br label %endif535

endif535:                                         ; preds = %then534, %endif533
  %3710 = mul i64 %2604, 128
  %3711 = add i64 %3710, 84
  %3712 = icmp slt i64 %3711, 48
  br i1 %3712, label %then536, label %endif537

then536:                                          ; preds = %endif535
  %3713 = mul i64 %3711, 1
  %3714 = add i64 %2602, %3713
  %3715 = getelementptr float, ptr %2483, i64 %3714
  %3716 = load float, ptr %3715, align 4
  %3717 = getelementptr float, ptr %2595, i64 %3714
  %3718 = load float, ptr %3717, align 4
  %3719 = fmul float %3716, %3718
  %3720 = load float, ptr %234, align 4
  %3721 = fadd float %3720, %3719
  store float %3721, ptr %234, align 4
  br label %endif537

endif537:                                         ; preds = %then536, %endif535
  %3722 = mul i64 %2604, 128
  %3723 = add i64 %3722, 85
  %3724 = icmp slt i64 %3723, 48
  br i1 %3724, label %then538, label %endif539

then538:                                          ; preds = %endif537
  %3725 = mul i64 %3723, 1
  %3726 = add i64 %2602, %3725
  %3727 = getelementptr float, ptr %2483, i64 %3726
  %3728 = load float, ptr %3727, align 4
  %3729 = getelementptr float, ptr %2595, i64 %3726
  %3730 = load float, ptr %3729, align 4
  %3731 = fmul float %3728, %3730
  %3732 = load float, ptr %234, align 4
  %3733 = fadd float %3732, %3731
  store float %3733, ptr %234, align 4
  br label %endif539

endif539:                                         ; preds = %then538, %endif537
  %3734 = mul i64 %2604, 128
  %3735 = add i64 %3734, 86
  %3736 = icmp slt i64 %3735, 48
  br i1 %3736, label %then540, label %endif541

then540:                                          ; preds = %endif539
  %3737 = mul i64 %3735, 1
  %3738 = add i64 %2602, %3737
  %3739 = getelementptr float, ptr %2483, i64 %3738
  %3740 = load float, ptr %3739, align 4
  %3741 = getelementptr float, ptr %2595, i64 %3738
  %3742 = load float, ptr %3741, align 4
  %3743 = fmul float %3740, %3742
  %3744 = load float, ptr %234, align 4
  %3745 = fadd float %3744, %3743
  store float %3745, ptr %234, align 4
  br label %endif541

endif541:                                         ; preds = %then540, %endif539
  %3746 = mul i64 %2604, 128
  %3747 = add i64 %3746, 87
  %3748 = icmp slt i64 %3747, 48
  br i1 %3748, label %then542, label %endif543

then542:                                          ; preds = %endif541
  %3749 = mul i64 %3747, 1
  %3750 = add i64 %2602, %3749
  %3751 = getelementptr float, ptr %2483, i64 %3750
  %3752 = load float, ptr %3751, align 4
  %3753 = getelementptr float, ptr %2595, i64 %3750
  %3754 = load float, ptr %3753, align 4
  %3755 = fmul float %3752, %3754
  %3756 = load float, ptr %234, align 4
  %3757 = fadd float %3756, %3755
  store float %3757, ptr %234, align 4
  br label %endif543

endif543:                                         ; preds = %then542, %endif541
  %3758 = mul i64 %2604, 128
  %3759 = add i64 %3758, 88
  %3760 = icmp slt i64 %3759, 48
  br i1 %3760, label %then544, label %endif545

then544:                                          ; preds = %endif543
  %3761 = mul i64 %3759, 1
  %3762 = add i64 %2602, %3761
  %3763 = getelementptr float, ptr %2483, i64 %3762
  %3764 = load float, ptr %3763, align 4
  %3765 = getelementptr float, ptr %2595, i64 %3762
  %3766 = load float, ptr %3765, align 4
  %3767 = fmul float %3764, %3766
  %3768 = load float, ptr %233, align 4
  %3769 = fadd float %3768, %3767
  store float %3769, ptr %233, align 4
  br label %endif545

endif545:                                         ; preds = %then544, %endif543
  %3770 = mul i64 %2604, 128
  %3771 = add i64 %3770, 89
  %3772 = icmp slt i64 %3771, 48
  br i1 %3772, label %then546, label %endif547

then546:                                          ; preds = %endif545
  %3773 = mul i64 %3771, 1
  %3774 = add i64 %2602, %3773
  %3775 = getelementptr float, ptr %2483, i64 %3774
  %3776 = load float, ptr %3775, align 4
  %3777 = getelementptr float, ptr %2595, i64 %3774
  %3778 = load float, ptr %3777, align 4
  %3779 = fmul float %3776, %3778
  %3780 = load float, ptr %233, align 4
  %3781 = fadd float %3780, %3779
  store float %3781, ptr %233, align 4
  br label %endif547

endif547:                                         ; preds = %then546, %endif545
  %3782 = mul i64 %2604, 128
  %3783 = add i64 %3782, 90
  %3784 = icmp slt i64 %3783, 48
  br i1 %3784, label %then548, label %endif549

then548:                                          ; preds = %endif547
  %3785 = mul i64 %3783, 1
  %3786 = add i64 %2602, %3785
  %3787 = getelementptr float, ptr %2483, i64 %3786
  %3788 = load float, ptr %3787, align 4
  %3789 = getelementptr float, ptr %2595, i64 %3786
  %3790 = load float, ptr %3789, align 4
  %3791 = fmul float %3788, %3790
  %3792 = load float, ptr %233, align 4
  %3793 = fadd float %3792, %3791
  store float %3793, ptr %233, align 4
  br label %endif549

endif549:                                         ; preds = %then548, %endif547
  %3794 = mul i64 %2604, 128
  %3795 = add i64 %3794, 91
  %3796 = icmp slt i64 %3795, 48
  br i1 %3796, label %then550, label %endif551

then550:                                          ; preds = %endif549
  %3797 = mul i64 %3795, 1
  %3798 = add i64 %2602, %3797
  %3799 = getelementptr float, ptr %2483, i64 %3798
  %3800 = load float, ptr %3799, align 4
  %3801 = getelementptr float, ptr %2595, i64 %3798
  %3802 = load float, ptr %3801, align 4
  %3803 = fmul float %3800, %3802
  %3804 = load float, ptr %233, align 4
  %3805 = fadd float %3804, %3803
  store float %3805, ptr %233, align 4
  br label %endif551

endif551:                                         ; preds = %then550, %endif549
  %3806 = mul i64 %2604, 128
  %3807 = add i64 %3806, 92
  %3808 = icmp slt i64 %3807, 48
  br i1 %3808, label %then552, label %endif553

then552:                                          ; preds = %endif551
  %3809 = mul i64 %3807, 1
  %3810 = add i64 %2602, %3809
  %3811 = getelementptr float, ptr %2483, i64 %3810
  %3812 = load float, ptr %3811, align 4
  %3813 = getelementptr float, ptr %2595, i64 %3810
  %3814 = load float, ptr %3813, align 4
  %3815 = fmul float %3812, %3814
  %3816 = load float, ptr %232, align 4
  %3817 = fadd float %3816, %3815
  store float %3817, ptr %232, align 4
  br label %endif553

endif553:                                         ; preds = %then552, %endif551
  %3818 = mul i64 %2604, 128
  %3819 = add i64 %3818, 93
  %3820 = icmp slt i64 %3819, 48
  br i1 %3820, label %then554, label %endif555

then554:                                          ; preds = %endif553
  %3821 = mul i64 %3819, 1
  %3822 = add i64 %2602, %3821
  %3823 = getelementptr float, ptr %2483, i64 %3822
  %3824 = load float, ptr %3823, align 4
  %3825 = getelementptr float, ptr %2595, i64 %3822
  %3826 = load float, ptr %3825, align 4
  %3827 = fmul float %3824, %3826
  %3828 = load float, ptr %232, align 4
  %3829 = fadd float %3828, %3827
  store float %3829, ptr %232, align 4
  br label %endif555

endif555:                                         ; preds = %then554, %endif553
  %3830 = mul i64 %2604, 128
  %3831 = add i64 %3830, 94
  %3832 = icmp slt i64 %3831, 48
  br i1 %3832, label %then556, label %endif557

then556:                                          ; preds = %endif555
  %3833 = mul i64 %3831, 1
  %3834 = add i64 %2602, %3833
  %3835 = getelementptr float, ptr %2483, i64 %3834
  %3836 = load float, ptr %3835, align 4
  %3837 = getelementptr float, ptr %2595, i64 %3834
  %3838 = load float, ptr %3837, align 4
  %3839 = fmul float %3836, %3838
  %3840 = load float, ptr %232, align 4
  %3841 = fadd float %3840, %3839
  store float %3841, ptr %232, align 4
  br label %endif557

endif557:                                         ; preds = %then556, %endif555
  %3842 = mul i64 %2604, 128
  %3843 = add i64 %3842, 95
  %3844 = icmp slt i64 %3843, 48
  br i1 %3844, label %then558, label %endif559

then558:                                          ; preds = %endif557
  %3845 = mul i64 %3843, 1
  %3846 = add i64 %2602, %3845
  %3847 = getelementptr float, ptr %2483, i64 %3846
  %3848 = load float, ptr %3847, align 4
  %3849 = getelementptr float, ptr %2595, i64 %3846
  %3850 = load float, ptr %3849, align 4
  %3851 = fmul float %3848, %3850
  %3852 = load float, ptr %232, align 4
  %3853 = fadd float %3852, %3851
  store float %3853, ptr %232, align 4
  br label %endif559

endif559:                                         ; preds = %then558, %endif557
  %3854 = mul i64 %2604, 128
  %3855 = add i64 %3854, 96
  %3856 = icmp slt i64 %3855, 48
  br i1 %3856, label %then560, label %endif561

then560:                                          ; preds = %endif559
  %3857 = mul i64 %3855, 1
  %3858 = add i64 %2602, %3857
  %3859 = getelementptr float, ptr %2483, i64 %3858
  %3860 = load float, ptr %3859, align 4
  %3861 = getelementptr float, ptr %2595, i64 %3858
  %3862 = load float, ptr %3861, align 4
  %3863 = fmul float %3860, %3862
  %3864 = load float, ptr %231, align 4
  %3865 = fadd float %3864, %3863
  store float %3865, ptr %231, align 4
  br label %endif561

endif561:                                         ; preds = %then560, %endif559
  %3866 = mul i64 %2604, 128
  %3867 = add i64 %3866, 97
  %3868 = icmp slt i64 %3867, 48
  br i1 %3868, label %then562, label %endif563

then562:                                          ; preds = %endif561
  %3869 = mul i64 %3867, 1
  %3870 = add i64 %2602, %3869
  %3871 = getelementptr float, ptr %2483, i64 %3870
  %3872 = load float, ptr %3871, align 4
  %3873 = getelementptr float, ptr %2595, i64 %3870
  %3874 = load float, ptr %3873, align 4
  %3875 = fmul float %3872, %3874
  %3876 = load float, ptr %231, align 4
  %3877 = fadd float %3876, %3875
  store float %3877, ptr %231, align 4
  br label %endif563

endif563:                                         ; preds = %then562, %endif561
  %3878 = mul i64 %2604, 128
  %3879 = add i64 %3878, 98
  %3880 = icmp slt i64 %3879, 48
  br i1 %3880, label %then564, label %endif565

then564:                                          ; preds = %endif563
  %3881 = mul i64 %3879, 1
  %3882 = add i64 %2602, %3881
  %3883 = getelementptr float, ptr %2483, i64 %3882
  %3884 = load float, ptr %3883, align 4
  %3885 = getelementptr float, ptr %2595, i64 %3882
  %3886 = load float, ptr %3885, align 4
  %3887 = fmul float %3884, %3886
  %3888 = load float, ptr %231, align 4
  %3889 = fadd float %3888, %3887
  store float %3889, ptr %231, align 4
  br label %endif565

endif565:                                         ; preds = %then564, %endif563
  %3890 = mul i64 %2604, 128
  %3891 = add i64 %3890, 99
  %3892 = icmp slt i64 %3891, 48
  br i1 %3892, label %then566, label %endif567

then566:                                          ; preds = %endif565
  %3893 = mul i64 %3891, 1
  %3894 = add i64 %2602, %3893
  %3895 = getelementptr float, ptr %2483, i64 %3894
  %3896 = load float, ptr %3895, align 4
  %3897 = getelementptr float, ptr %2595, i64 %3894
  %3898 = load float, ptr %3897, align 4
  %3899 = fmul float %3896, %3898
  %3900 = load float, ptr %231, align 4
  %3901 = fadd float %3900, %3899
  store float %3901, ptr %231, align 4
  br label %endif567

endif567:                                         ; preds = %then566, %endif565
  %3902 = mul i64 %2604, 128
  %3903 = add i64 %3902, 100
  %3904 = icmp slt i64 %3903, 48
  br i1 %3904, label %then568, label %endif569

then568:                                          ; preds = %endif567
  %3905 = mul i64 %3903, 1
  %3906 = add i64 %2602, %3905
  %3907 = getelementptr float, ptr %2483, i64 %3906
  %3908 = load float, ptr %3907, align 4
  %3909 = getelementptr float, ptr %2595, i64 %3906
  %3910 = load float, ptr %3909, align 4
  %3911 = fmul float %3908, %3910
  %3912 = load float, ptr %230, align 4
  %3913 = fadd float %3912, %3911
  store float %3913, ptr %230, align 4
  br label %endif569

endif569:                                         ; preds = %then568, %endif567
  %3914 = mul i64 %2604, 128
  %3915 = add i64 %3914, 101
  %3916 = icmp slt i64 %3915, 48
  br i1 %3916, label %then570, label %endif571

then570:                                          ; preds = %endif569
  %3917 = mul i64 %3915, 1
  %3918 = add i64 %2602, %3917
  %3919 = getelementptr float, ptr %2483, i64 %3918
  %3920 = load float, ptr %3919, align 4
  %3921 = getelementptr float, ptr %2595, i64 %3918
  %3922 = load float, ptr %3921, align 4
  %3923 = fmul float %3920, %3922
  %3924 = load float, ptr %230, align 4
  %3925 = fadd float %3924, %3923
  store float %3925, ptr %230, align 4
  br label %endif571

endif571:                                         ; preds = %then570, %endif569
  %3926 = mul i64 %2604, 128
  %3927 = add i64 %3926, 102
  %3928 = icmp slt i64 %3927, 48
  br i1 %3928, label %then572, label %endif573

then572:                                          ; preds = %endif571
  %3929 = mul i64 %3927, 1
  %3930 = add i64 %2602, %3929
  %3931 = getelementptr float, ptr %2483, i64 %3930
  %3932 = load float, ptr %3931, align 4
  %3933 = getelementptr float, ptr %2595, i64 %3930
  %3934 = load float, ptr %3933, align 4
  %3935 = fmul float %3932, %3934
  %3936 = load float, ptr %230, align 4
  %3937 = fadd float %3936, %3935
  store float %3937, ptr %230, align 4
  br label %endif573

endif573:                                         ; preds = %then572, %endif571
  %3938 = mul i64 %2604, 128
  %3939 = add i64 %3938, 103
  %3940 = icmp slt i64 %3939, 48
  br i1 %3940, label %then574, label %endif575

then574:                                          ; preds = %endif573
  %3941 = mul i64 %3939, 1
  %3942 = add i64 %2602, %3941
  %3943 = getelementptr float, ptr %2483, i64 %3942
  %3944 = load float, ptr %3943, align 4
  %3945 = getelementptr float, ptr %2595, i64 %3942
  %3946 = load float, ptr %3945, align 4
  %3947 = fmul float %3944, %3946
  %3948 = load float, ptr %230, align 4
  %3949 = fadd float %3948, %3947
  store float %3949, ptr %230, align 4
  br label %endif575

endif575:                                         ; preds = %then574, %endif573
  %3950 = mul i64 %2604, 128
  %3951 = add i64 %3950, 104
  %3952 = icmp slt i64 %3951, 48
  br i1 %3952, label %then576, label %endif577

then576:                                          ; preds = %endif575
  %3953 = mul i64 %3951, 1
  %3954 = add i64 %2602, %3953
  %3955 = getelementptr float, ptr %2483, i64 %3954
  %3956 = load float, ptr %3955, align 4
  %3957 = getelementptr float, ptr %2595, i64 %3954
  %3958 = load float, ptr %3957, align 4
  %3959 = fmul float %3956, %3958
  %3960 = load float, ptr %229, align 4
  %3961 = fadd float %3960, %3959
  store float %3961, ptr %229, align 4
  br label %endif577

endif577:                                         ; preds = %then576, %endif575
  %3962 = mul i64 %2604, 128
  %3963 = add i64 %3962, 105
  %3964 = icmp slt i64 %3963, 48
  br i1 %3964, label %then578, label %endif579

then578:                                          ; preds = %endif577
  %3965 = mul i64 %3963, 1
  %3966 = add i64 %2602, %3965
  %3967 = getelementptr float, ptr %2483, i64 %3966
  %3968 = load float, ptr %3967, align 4
  %3969 = getelementptr float, ptr %2595, i64 %3966
  %3970 = load float, ptr %3969, align 4
  %3971 = fmul float %3968, %3970
  %3972 = load float, ptr %229, align 4
  %3973 = fadd float %3972, %3971
  store float %3973, ptr %229, align 4
  br label %endif579

endif579:                                         ; preds = %then578, %endif577
  %3974 = mul i64 %2604, 128
  %3975 = add i64 %3974, 106
  %3976 = icmp slt i64 %3975, 48
  br i1 %3976, label %then580, label %endif581

then580:                                          ; preds = %endif579
  %3977 = mul i64 %3975, 1
  %3978 = add i64 %2602, %3977
  %3979 = getelementptr float, ptr %2483, i64 %3978
  %3980 = load float, ptr %3979, align 4
  %3981 = getelementptr float, ptr %2595, i64 %3978
  %3982 = load float, ptr %3981, align 4
  %3983 = fmul float %3980, %3982
  %3984 = load float, ptr %229, align 4
  %3985 = fadd float %3984, %3983
  store float %3985, ptr %229, align 4
  br label %endif581

endif581:                                         ; preds = %then580, %endif579
  %3986 = mul i64 %2604, 128
  %3987 = add i64 %3986, 107
  %3988 = icmp slt i64 %3987, 48
  br i1 %3988, label %then582, label %endif583

then582:                                          ; preds = %endif581
  %3989 = mul i64 %3987, 1
  %3990 = add i64 %2602, %3989
  %3991 = getelementptr float, ptr %2483, i64 %3990
  %3992 = load float, ptr %3991, align 4
  %3993 = getelementptr float, ptr %2595, i64 %3990
  %3994 = load float, ptr %3993, align 4
  %3995 = fmul float %3992, %3994
  %3996 = load float, ptr %229, align 4
  %3997 = fadd float %3996, %3995
  store float %3997, ptr %229, align 4
  br label %endif583

endif583:                                         ; preds = %then582, %endif581
  %3998 = mul i64 %2604, 128
  %3999 = add i64 %3998, 108
  %4000 = icmp slt i64 %3999, 48
  br i1 %4000, label %then584, label %endif585

then584:                                          ; preds = %endif583
  %4001 = mul i64 %3999, 1
  %4002 = add i64 %2602, %4001
  %4003 = getelementptr float, ptr %2483, i64 %4002
  %4004 = load float, ptr %4003, align 4
  %4005 = getelementptr float, ptr %2595, i64 %4002
  %4006 = load float, ptr %4005, align 4
  %4007 = fmul float %4004, %4006
  %4008 = load float, ptr %228, align 4
  %4009 = fadd float %4008, %4007
  store float %4009, ptr %228, align 4
  br label %endif585

endif585:                                         ; preds = %then584, %endif583
  %4010 = mul i64 %2604, 128
  %4011 = add i64 %4010, 109
  %4012 = icmp slt i64 %4011, 48
  br i1 %4012, label %then586, label %endif587

then586:                                          ; preds = %endif585
  %4013 = mul i64 %4011, 1
  %4014 = add i64 %2602, %4013
  %4015 = getelementptr float, ptr %2483, i64 %4014
  %4016 = load float, ptr %4015, align 4
  %4017 = getelementptr float, ptr %2595, i64 %4014
  %4018 = load float, ptr %4017, align 4
  %4019 = fmul float %4016, %4018
  %4020 = load float, ptr %228, align 4
  %4021 = fadd float %4020, %4019
  store float %4021, ptr %228, align 4
  br label %endif587

endif587:                                         ; preds = %then586, %endif585
  %4022 = mul i64 %2604, 128
  %4023 = add i64 %4022, 110
  %4024 = icmp slt i64 %4023, 48
  br i1 %4024, label %then588, label %endif589

then588:                                          ; preds = %endif587
  %4025 = mul i64 %4023, 1
  %4026 = add i64 %2602, %4025
  %4027 = getelementptr float, ptr %2483, i64 %4026
  %4028 = load float, ptr %4027, align 4
  %4029 = getelementptr float, ptr %2595, i64 %4026
  %4030 = load float, ptr %4029, align 4
  %4031 = fmul float %4028, %4030
  %4032 = load float, ptr %228, align 4
  %4033 = fadd float %4032, %4031
  store float %4033, ptr %228, align 4
  br label %endif589

endif589:                                         ; preds = %then588, %endif587
  %4034 = mul i64 %2604, 128
  %4035 = add i64 %4034, 111
  %4036 = icmp slt i64 %4035, 48
  br i1 %4036, label %then590, label %endif591

then590:                                          ; preds = %endif589
  %4037 = mul i64 %4035, 1
  %4038 = add i64 %2602, %4037
  %4039 = getelementptr float, ptr %2483, i64 %4038
  %4040 = load float, ptr %4039, align 4
  %4041 = getelementptr float, ptr %2595, i64 %4038
  %4042 = load float, ptr %4041, align 4
  %4043 = fmul float %4040, %4042
  %4044 = load float, ptr %228, align 4
  %4045 = fadd float %4044, %4043
  store float %4045, ptr %228, align 4
  br label %endif591

endif591:                                         ; preds = %then590, %endif589
  %4046 = mul i64 %2604, 128
  %4047 = add i64 %4046, 112
  %4048 = icmp slt i64 %4047, 48
  br i1 %4048, label %then592, label %endif593

then592:                                          ; preds = %endif591
  %4049 = mul i64 %4047, 1
  %4050 = add i64 %2602, %4049
  %4051 = getelementptr float, ptr %2483, i64 %4050
  %4052 = load float, ptr %4051, align 4
  %4053 = getelementptr float, ptr %2595, i64 %4050
  %4054 = load float, ptr %4053, align 4
  %4055 = fmul float %4052, %4054
  %4056 = load float, ptr %227, align 4
  %4057 = fadd float %4056, %4055
  store float %4057, ptr %227, align 4
  br label %endif593

endif593:                                         ; preds = %then592, %endif591
  %4058 = mul i64 %2604, 128
  %4059 = add i64 %4058, 113
  %4060 = icmp slt i64 %4059, 48
  br i1 %4060, label %then594, label %endif595

then594:                                          ; preds = %endif593
  %4061 = mul i64 %4059, 1
  %4062 = add i64 %2602, %4061
  %4063 = getelementptr float, ptr %2483, i64 %4062
  %4064 = load float, ptr %4063, align 4
  %4065 = getelementptr float, ptr %2595, i64 %4062
  %4066 = load float, ptr %4065, align 4
  %4067 = fmul float %4064, %4066
  %4068 = load float, ptr %227, align 4
  %4069 = fadd float %4068, %4067
  store float %4069, ptr %227, align 4
  br label %endif595

endif595:                                         ; preds = %then594, %endif593
  %4070 = mul i64 %2604, 128
  %4071 = add i64 %4070, 114
  %4072 = icmp slt i64 %4071, 48
  br i1 %4072, label %then596, label %endif597

then596:                                          ; preds = %endif595
  %4073 = mul i64 %4071, 1
  %4074 = add i64 %2602, %4073
  %4075 = getelementptr float, ptr %2483, i64 %4074
  %4076 = load float, ptr %4075, align 4
  %4077 = getelementptr float, ptr %2595, i64 %4074
  %4078 = load float, ptr %4077, align 4
  %4079 = fmul float %4076, %4078
  %4080 = load float, ptr %227, align 4
  %4081 = fadd float %4080, %4079
  store float %4081, ptr %227, align 4
  br label %endif597

endif597:                                         ; preds = %then596, %endif595
  %4082 = mul i64 %2604, 128
  %4083 = add i64 %4082, 115
  %4084 = icmp slt i64 %4083, 48
  br i1 %4084, label %then598, label %endif599

then598:                                          ; preds = %endif597
  %4085 = mul i64 %4083, 1
  %4086 = add i64 %2602, %4085
  %4087 = getelementptr float, ptr %2483, i64 %4086
  %4088 = load float, ptr %4087, align 4
  %4089 = getelementptr float, ptr %2595, i64 %4086
  %4090 = load float, ptr %4089, align 4
  %4091 = fmul float %4088, %4090
  %4092 = load float, ptr %227, align 4
  %4093 = fadd float %4092, %4091
  store float %4093, ptr %227, align 4
  br label %endif599

endif599:                                         ; preds = %then598, %endif597
  %4094 = mul i64 %2604, 128
  %4095 = add i64 %4094, 116
  %4096 = icmp slt i64 %4095, 48
  br i1 %4096, label %then600, label %endif601

then600:                                          ; preds = %endif599
  %4097 = mul i64 %4095, 1
  %4098 = add i64 %2602, %4097
  %4099 = getelementptr float, ptr %2483, i64 %4098
  %4100 = load float, ptr %4099, align 4
  %4101 = getelementptr float, ptr %2595, i64 %4098
  %4102 = load float, ptr %4101, align 4
  %4103 = fmul float %4100, %4102
  %4104 = load float, ptr %226, align 4
  %4105 = fadd float %4104, %4103
  store float %4105, ptr %226, align 4
  br label %endif601

endif601:                                         ; preds = %then600, %endif599
  %4106 = mul i64 %2604, 128
  %4107 = add i64 %4106, 117
  %4108 = icmp slt i64 %4107, 48
  br i1 %4108, label %then602, label %endif603

then602:                                          ; preds = %endif601
  %4109 = mul i64 %4107, 1
  %4110 = add i64 %2602, %4109
  %4111 = getelementptr float, ptr %2483, i64 %4110
  %4112 = load float, ptr %4111, align 4
  %4113 = getelementptr float, ptr %2595, i64 %4110
  %4114 = load float, ptr %4113, align 4
  %4115 = fmul float %4112, %4114
  %4116 = load float, ptr %226, align 4
  %4117 = fadd float %4116, %4115
  store float %4117, ptr %226, align 4
  br label %endif603

endif603:                                         ; preds = %then602, %endif601
  %4118 = mul i64 %2604, 128
  %4119 = add i64 %4118, 118
  %4120 = icmp slt i64 %4119, 48
  br i1 %4120, label %then604, label %endif605

then604:                                          ; preds = %endif603
  %4121 = mul i64 %4119, 1
  %4122 = add i64 %2602, %4121
  %4123 = getelementptr float, ptr %2483, i64 %4122
  %4124 = load float, ptr %4123, align 4
  %4125 = getelementptr float, ptr %2595, i64 %4122
  %4126 = load float, ptr %4125, align 4
  %4127 = fmul float %4124, %4126
  %4128 = load float, ptr %226, align 4
  %4129 = fadd float %4128, %4127
  store float %4129, ptr %226, align 4
  br label %endif605

endif605:                                         ; preds = %then604, %endif603
  %4130 = mul i64 %2604, 128
  %4131 = add i64 %4130, 119
  %4132 = icmp slt i64 %4131, 48
  br i1 %4132, label %then606, label %endif607

then606:                                          ; preds = %endif605
  %4133 = mul i64 %4131, 1
  %4134 = add i64 %2602, %4133
  %4135 = getelementptr float, ptr %2483, i64 %4134
  %4136 = load float, ptr %4135, align 4
  %4137 = getelementptr float, ptr %2595, i64 %4134
  %4138 = load float, ptr %4137, align 4
  %4139 = fmul float %4136, %4138
  %4140 = load float, ptr %226, align 4
  %4141 = fadd float %4140, %4139
  store float %4141, ptr %226, align 4
  br label %endif607

endif607:                                         ; preds = %then606, %endif605
  %4142 = mul i64 %2604, 128
  %4143 = add i64 %4142, 120
  %4144 = icmp slt i64 %4143, 48
  br i1 %4144, label %then608, label %endif609

then608:                                          ; preds = %endif607
  %4145 = mul i64 %4143, 1
  %4146 = add i64 %2602, %4145
  %4147 = getelementptr float, ptr %2483, i64 %4146
  %4148 = load float, ptr %4147, align 4
  %4149 = getelementptr float, ptr %2595, i64 %4146
  %4150 = load float, ptr %4149, align 4
  %4151 = fmul float %4148, %4150
  %4152 = load float, ptr %225, align 4
  %4153 = fadd float %4152, %4151
  store float %4153, ptr %225, align 4
  br label %endif609

endif609:                                         ; preds = %then608, %endif607
  %4154 = mul i64 %2604, 128
  %4155 = add i64 %4154, 121
  %4156 = icmp slt i64 %4155, 48
  br i1 %4156, label %then610, label %endif611

then610:                                          ; preds = %endif609
  %4157 = mul i64 %4155, 1
  %4158 = add i64 %2602, %4157
  %4159 = getelementptr float, ptr %2483, i64 %4158
  %4160 = load float, ptr %4159, align 4
  %4161 = getelementptr float, ptr %2595, i64 %4158
  %4162 = load float, ptr %4161, align 4
  %4163 = fmul float %4160, %4162
  %4164 = load float, ptr %225, align 4
  %4165 = fadd float %4164, %4163
  store float %4165, ptr %225, align 4
  br label %endif611

endif611:                                         ; preds = %then610, %endif609
  %4166 = mul i64 %2604, 128
  %4167 = add i64 %4166, 122
  %4168 = icmp slt i64 %4167, 48
  br i1 %4168, label %then612, label %endif613

then612:                                          ; preds = %endif611
  %4169 = mul i64 %4167, 1
  %4170 = add i64 %2602, %4169
  %4171 = getelementptr float, ptr %2483, i64 %4170
  %4172 = load float, ptr %4171, align 4
  %4173 = getelementptr float, ptr %2595, i64 %4170
  %4174 = load float, ptr %4173, align 4
  %4175 = fmul float %4172, %4174
  %4176 = load float, ptr %225, align 4
  %4177 = fadd float %4176, %4175
  store float %4177, ptr %225, align 4
  br label %endif613

endif613:                                         ; preds = %then612, %endif611
  %4178 = mul i64 %2604, 128
  %4179 = add i64 %4178, 123
  %4180 = icmp slt i64 %4179, 48
  br i1 %4180, label %then614, label %endif615

then614:                                          ; preds = %endif613
  %4181 = mul i64 %4179, 1
  %4182 = add i64 %2602, %4181
  %4183 = getelementptr float, ptr %2483, i64 %4182
  %4184 = load float, ptr %4183, align 4
  %4185 = getelementptr float, ptr %2595, i64 %4182
  %4186 = load float, ptr %4185, align 4
  %4187 = fmul float %4184, %4186
  %4188 = load float, ptr %225, align 4
  %4189 = fadd float %4188, %4187
  store float %4189, ptr %225, align 4
  br label %endif615

endif615:                                         ; preds = %then614, %endif613
  %4190 = mul i64 %2604, 128
  %4191 = add i64 %4190, 124
  %4192 = icmp slt i64 %4191, 48
  br i1 %4192, label %then616, label %endif617

then616:                                          ; preds = %endif615
  %4193 = mul i64 %4191, 1
  %4194 = add i64 %2602, %4193
  %4195 = getelementptr float, ptr %2483, i64 %4194
  %4196 = load float, ptr %4195, align 4
  %4197 = getelementptr float, ptr %2595, i64 %4194
  %4198 = load float, ptr %4197, align 4
  %4199 = fmul float %4196, %4198
  %4200 = load float, ptr %224, align 4
  %4201 = fadd float %4200, %4199
  store float %4201, ptr %224, align 4
  br label %endif617

endif617:                                         ; preds = %then616, %endif615
  %4202 = mul i64 %2604, 128
  %4203 = add i64 %4202, 125
  %4204 = icmp slt i64 %4203, 48
  br i1 %4204, label %then618, label %endif619

then618:                                          ; preds = %endif617
  %4205 = mul i64 %4203, 1
  %4206 = add i64 %2602, %4205
  %4207 = getelementptr float, ptr %2483, i64 %4206
  %4208 = load float, ptr %4207, align 4
  %4209 = getelementptr float, ptr %2595, i64 %4206
  %4210 = load float, ptr %4209, align 4
  %4211 = fmul float %4208, %4210
  %4212 = load float, ptr %224, align 4
  %4213 = fadd float %4212, %4211
  store float %4213, ptr %224, align 4
  br label %endif619

endif619:                                         ; preds = %then618, %endif617
  %4214 = mul i64 %2604, 128
  %4215 = add i64 %4214, 126
  %4216 = icmp slt i64 %4215, 48
  br i1 %4216, label %then620, label %endif621

then620:                                          ; preds = %endif619
  %4217 = mul i64 %4215, 1
  %4218 = add i64 %2602, %4217
  %4219 = getelementptr float, ptr %2483, i64 %4218
  %4220 = load float, ptr %4219, align 4
  %4221 = getelementptr float, ptr %2595, i64 %4218
  %4222 = load float, ptr %4221, align 4
  %4223 = fmul float %4220, %4222
  %4224 = load float, ptr %224, align 4
  %4225 = fadd float %4224, %4223
  store float %4225, ptr %224, align 4
  br label %endif621

endif621:                                         ; preds = %then620, %endif619
  %4226 = mul i64 %2604, 128
  %4227 = add i64 %4226, 127
  %4228 = icmp slt i64 %4227, 48
  br i1 %4228, label %then622, label %endif623

then622:                                          ; preds = %endif621
  %4229 = mul i64 %4227, 1
  %4230 = add i64 %2602, %4229
  %4231 = getelementptr float, ptr %2483, i64 %4230
  %4232 = load float, ptr %4231, align 4
  %4233 = getelementptr float, ptr %2595, i64 %4230
  %4234 = load float, ptr %4233, align 4
  %4235 = fmul float %4232, %4234
  %4236 = load float, ptr %224, align 4
  %4237 = fadd float %4236, %4235
  store float %4237, ptr %224, align 4
  br label %endif623

endif623:                                         ; preds = %then622, %endif621
  %4238 = add i64 %2604, 1
  store i64 %4238, ptr %223, align 8
  br label %loop365

then624:                                          ; preds = %done364
  %4239 = getelementptr float, ptr %2603, i64 0
  store float 0x401BB67AE0000000, ptr %4239, align 4
  br label %endif625

endif625:                                         ; preds = %then624, %done364
  %4240 = getelementptr i8, ptr %2432, i64 0
  %4241 = getelementptr i8, ptr %2432, i64 16
  %4242 = mul i64 %2529, 1
  %4243 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4242
  store i64 0, ptr %222, align 8
  br label %loop626

loop626:                                          ; preds = %body627, %endif625
  %4244 = load i64, ptr %222, align 8
  %4245 = icmp slt i64 %4244, 1
  br i1 %4245, label %body627, label %done628

body627:                                          ; preds = %loop626
  %4246 = getelementptr float, ptr %4240, i64 0
  %4247 = load float, ptr %4246, align 4
  %4248 = getelementptr float, ptr %4241, i64 0
  %4249 = load float, ptr %4248, align 4
  %4250 = fdiv float %4247, %4249
  %4251 = getelementptr float, ptr %4243, i64 %4244
  store float %4250, ptr %4251, align 4
  %4252 = add i64 %4244, 1
  store i64 %4252, ptr %222, align 8
  br label %loop626

done628:                                          ; preds = %loop626
  %4253 = add i64 %2529, %341
  store i64 %4253, ptr %257, align 8
  br label %loop355

then629:                                          ; preds = %done357
  %4254 = getelementptr i32, ptr %349, i64 2
  %4255 = cmpxchg ptr %4254, i32 0, i32 7 seq_cst seq_cst, align 4
  %4256 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 105, ptr %4256 monotonic, align 4
  br label %endif630

endif630:                                         ; preds = %then629, %done357
  %4257 = srem i64 %337, 32
  %4258 = sdiv i64 %337, 32
  %4259 = sdiv i64 %341, 32
  store i64 %4258, ptr %221, align 8
  br label %loop631

loop631:                                          ; preds = %endif640, %endif630
  %4260 = load i64, ptr %221, align 8
  %4261 = icmp slt i64 %4260, 1
  br i1 %4261, label %body632, label %done633

body632:                                          ; preds = %loop631
  %4262 = sdiv i64 %4260, 1
  %4263 = srem i64 %4260, 1
  %4264 = mul i64 %4262, %2565
  %4265 = mul i64 %4264, 1
  %4266 = add i64 %4265, %4263
  store float 0.000000e+00, ptr %220, align 4
  %4267 = icmp sgt i64 %2565, 0
  br i1 %4267, label %then634, label %endif635

done633:                                          ; preds = %loop631
  call void @llvm.nvvm.barrier0()
  %4268 = load i64, ptr %333, align 8
  %4269 = mul i64 1, %4268
  %4270 = add i64 1, %4269
  %4271 = load i64, ptr %333, align 8
  %4272 = mul i64 1, %4271
  %4273 = add i64 1, %4272
  %4274 = load i64, ptr %333, align 8
  %4275 = mul i64 1, %4274
  %4276 = add i64 1, %4275
  %4277 = mul i64 1, %4270
  store i64 %337, ptr %218, align 8
  br label %loop641

then634:                                          ; preds = %body632
  %4278 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4266
  %4279 = load float, ptr %4278, align 4
  store float %4279, ptr %220, align 4
  br label %endif635

endif635:                                         ; preds = %then634, %body632
  store i64 %4257, ptr %219, align 8
  br label %loop636

loop636:                                          ; preds = %body637, %endif635
  %4280 = load i64, ptr %219, align 8
  %4281 = icmp slt i64 %4280, %2565
  br i1 %4281, label %body637, label %done638

body637:                                          ; preds = %loop636
  %4282 = load float, ptr %220, align 4
  %4283 = mul i64 %4280, 1
  %4284 = add i64 %4266, %4283
  %4285 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4284
  %4286 = load float, ptr %4285, align 4
  %4287 = bitcast float %4282 to i32
  %4288 = bitcast float %4286 to i32
  %4289 = and i32 %4287, %4288
  %4290 = bitcast i32 %4289 to float
  %4291 = fcmp ogt float %4282, %4286
  %4292 = fcmp ogt float %4286, %4282
  %4293 = select i1 %4292, float %4286, float %4290
  %4294 = select i1 %4291, float %4282, float %4293
  %4295 = fcmp uno float %4282, %4286
  %4296 = select i1 %4295, float 0x7FF8000000000000, float %4294
  store float %4296, ptr %220, align 4
  %4297 = add i64 %4280, 32
  store i64 %4297, ptr %219, align 8
  br label %loop636

done638:                                          ; preds = %loop636
  %4298 = load float, ptr %220, align 4
  %4299 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4298, i32 16, i32 31)
  %4300 = bitcast float %4298 to i32
  %4301 = bitcast float %4299 to i32
  %4302 = and i32 %4300, %4301
  %4303 = bitcast i32 %4302 to float
  %4304 = fcmp ogt float %4298, %4299
  %4305 = fcmp ogt float %4299, %4298
  %4306 = select i1 %4305, float %4299, float %4303
  %4307 = select i1 %4304, float %4298, float %4306
  %4308 = fcmp uno float %4298, %4299
  %4309 = select i1 %4308, float 0x7FF8000000000000, float %4307
  %4310 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4309, i32 8, i32 31)
  %4311 = bitcast float %4309 to i32
  %4312 = bitcast float %4310 to i32
  %4313 = and i32 %4311, %4312
  %4314 = bitcast i32 %4313 to float
  %4315 = fcmp ogt float %4309, %4310
  %4316 = fcmp ogt float %4310, %4309
  %4317 = select i1 %4316, float %4310, float %4314
  %4318 = select i1 %4315, float %4309, float %4317
  %4319 = fcmp uno float %4309, %4310
  %4320 = select i1 %4319, float 0x7FF8000000000000, float %4318
  %4321 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4320, i32 4, i32 31)
  %4322 = bitcast float %4320 to i32
  %4323 = bitcast float %4321 to i32
  %4324 = and i32 %4322, %4323
  %4325 = bitcast i32 %4324 to float
  %4326 = fcmp ogt float %4320, %4321
  %4327 = fcmp ogt float %4321, %4320
  %4328 = select i1 %4327, float %4321, float %4325
  %4329 = select i1 %4326, float %4320, float %4328
  %4330 = fcmp uno float %4320, %4321
  %4331 = select i1 %4330, float 0x7FF8000000000000, float %4329
  %4332 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4331, i32 2, i32 31)
  %4333 = bitcast float %4331 to i32
  %4334 = bitcast float %4332 to i32
  %4335 = and i32 %4333, %4334
  %4336 = bitcast i32 %4335 to float
  %4337 = fcmp ogt float %4331, %4332
  %4338 = fcmp ogt float %4332, %4331
  %4339 = select i1 %4338, float %4332, float %4336
  %4340 = select i1 %4337, float %4331, float %4339
  %4341 = fcmp uno float %4331, %4332
  %4342 = select i1 %4341, float 0x7FF8000000000000, float %4340
  %4343 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4342, i32 1, i32 31)
  %4344 = bitcast float %4342 to i32
  %4345 = bitcast float %4343 to i32
  %4346 = and i32 %4344, %4345
  %4347 = bitcast i32 %4346 to float
  %4348 = fcmp ogt float %4342, %4343
  %4349 = fcmp ogt float %4343, %4342
  %4350 = select i1 %4349, float %4343, float %4347
  %4351 = select i1 %4348, float %4342, float %4350
  %4352 = fcmp uno float %4342, %4343
  %4353 = select i1 %4352, float 0x7FF8000000000000, float %4351
  %4354 = icmp eq i64 %4257, 0
  br i1 %4354, label %then639, label %endif640

then639:                                          ; preds = %done638
  %4355 = getelementptr float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 %4260
  store float %4353, ptr %4355, align 4
  br label %endif640

endif640:                                         ; preds = %then639, %done638
  %4356 = add i64 %4260, %4259
  store i64 %4356, ptr %221, align 8
  br label %loop631

loop641:                                          ; preds = %body642, %done633
  %4357 = load i64, ptr %218, align 8
  %4358 = icmp slt i64 %4357, %4277
  br i1 %4358, label %body642, label %done643

body642:                                          ; preds = %loop641
  %4359 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4357
  %4360 = load float, ptr %4359, align 4
  %4361 = load float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %4362 = fsub float %4360, %4361
  %4363 = fpext float %4362 to double
  %4364 = call double @fractal_exp(double %4363)
  %4365 = fptrunc double %4364 to float
  %4366 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4357
  store float %4365, ptr %4366, align 4
  %4367 = add i64 %4357, %341
  store i64 %4367, ptr %218, align 8
  br label %loop641

done643:                                          ; preds = %loop641
  call void @llvm.nvvm.barrier0()
  %4368 = load i64, ptr %333, align 8
  %4369 = mul i64 1, %4368
  %4370 = add i64 1, %4369
  %4371 = srem i64 %337, 32
  %4372 = sdiv i64 %337, 32
  %4373 = sdiv i64 %341, 32
  store i64 %4372, ptr %217, align 8
  br label %loop644

loop644:                                          ; preds = %endif651, %done643
  %4374 = load i64, ptr %217, align 8
  %4375 = icmp slt i64 %4374, 1
  br i1 %4375, label %body645, label %done646

body645:                                          ; preds = %loop644
  %4376 = sdiv i64 %4374, 1
  %4377 = srem i64 %4374, 1
  %4378 = mul i64 %4376, %4370
  %4379 = mul i64 %4378, 1
  %4380 = add i64 %4379, %4377
  store float 0.000000e+00, ptr %216, align 4
  store i64 %4371, ptr %215, align 8
  br label %loop647

done646:                                          ; preds = %loop644
  call void @llvm.nvvm.barrier0()
  %4381 = load i64, ptr %333, align 8
  %4382 = mul i64 1, %4381
  %4383 = add i64 1, %4382
  %4384 = load i64, ptr %333, align 8
  %4385 = mul i64 1, %4384
  %4386 = add i64 1, %4385
  %4387 = mul i64 1, %4383
  store i64 %337, ptr %214, align 8
  br label %loop652

loop647:                                          ; preds = %body648, %body645
  %4388 = load i64, ptr %215, align 8
  %4389 = icmp slt i64 %4388, %4370
  br i1 %4389, label %body648, label %done649

body648:                                          ; preds = %loop647
  %4390 = add i64 %4388, 0
  %4391 = mul i64 %4390, 1
  %4392 = add i64 %4380, %4391
  %4393 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4392
  %4394 = load float, ptr %4393, align 4
  %4395 = add i64 %4388, 32
  %4396 = icmp slt i64 %4395, %4370
  %4397 = sub i64 %4370, 1
  %4398 = select i1 %4396, i64 %4395, i64 %4397
  %4399 = mul i64 %4398, 1
  %4400 = add i64 %4380, %4399
  %4401 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4400
  %4402 = load float, ptr %4401, align 4
  %4403 = add i64 %4388, 64
  %4404 = icmp slt i64 %4403, %4370
  %4405 = sub i64 %4370, 1
  %4406 = select i1 %4404, i64 %4403, i64 %4405
  %4407 = mul i64 %4406, 1
  %4408 = add i64 %4380, %4407
  %4409 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4408
  %4410 = load float, ptr %4409, align 4
  %4411 = add i64 %4388, 96
  %4412 = icmp slt i64 %4411, %4370
  %4413 = sub i64 %4370, 1
  %4414 = select i1 %4412, i64 %4411, i64 %4413
  %4415 = mul i64 %4414, 1
  %4416 = add i64 %4380, %4415
  %4417 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4416
  %4418 = load float, ptr %4417, align 4
  %4419 = load float, ptr %216, align 4
  %4420 = fadd float %4419, %4394
  store float %4420, ptr %216, align 4
  %4421 = load float, ptr %216, align 4
  %4422 = fadd float %4421, %4402
  %4423 = select i1 %4396, float %4422, float %4421
  store float %4423, ptr %216, align 4
  %4424 = load float, ptr %216, align 4
  %4425 = fadd float %4424, %4410
  %4426 = select i1 %4404, float %4425, float %4424
  store float %4426, ptr %216, align 4
  %4427 = load float, ptr %216, align 4
  %4428 = fadd float %4427, %4418
  %4429 = select i1 %4412, float %4428, float %4427
  store float %4429, ptr %216, align 4
  %4430 = add i64 %4388, 128
  store i64 %4430, ptr %215, align 8
  br label %loop647

done649:                                          ; preds = %loop647
  %4431 = load float, ptr %216, align 4
  %4432 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4431, i32 16, i32 31)
  %4433 = fadd float %4431, %4432
  %4434 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4433, i32 8, i32 31)
  %4435 = fadd float %4433, %4434
  %4436 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4435, i32 4, i32 31)
  %4437 = fadd float %4435, %4436
  %4438 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4437, i32 2, i32 31)
  %4439 = fadd float %4437, %4438
  %4440 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4439, i32 1, i32 31)
  %4441 = fadd float %4439, %4440
  %4442 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %4441, i32 0, i32 31)
  %4443 = icmp eq i64 %4371, 0
  br i1 %4443, label %then650, label %endif651

then650:                                          ; preds = %done649
  %4444 = getelementptr float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 %4374
  store float %4442, ptr %4444, align 4
  br label %endif651

endif651:                                         ; preds = %then650, %done649
  %4445 = add i64 %4374, %4373
  store i64 %4445, ptr %217, align 8
  br label %loop644

loop652:                                          ; preds = %body653, %done646
  %4446 = load i64, ptr %214, align 8
  %4447 = icmp slt i64 %4446, %4387
  br i1 %4447, label %body653, label %done654

body653:                                          ; preds = %loop652
  %4448 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4446
  %4449 = load float, ptr %4448, align 4
  %4450 = load float, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), align 4
  %4451 = fdiv float %4449, %4450
  %4452 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4446
  store float %4451, ptr %4452, align 4
  %4453 = add i64 %4446, %341
  store i64 %4453, ptr %214, align 8
  br label %loop652

done654:                                          ; preds = %loop652
  call void @llvm.nvvm.barrier0()
  %4454 = load i64, ptr %333, align 8
  %4455 = mul i64 1, %4454
  %4456 = add i64 1, %4455
  %4457 = srem i64 %337, 32
  %4458 = sdiv i64 %337, 32
  %4459 = sdiv i64 %341, 32
  store i64 %4458, ptr %213, align 8
  br label %loop655

loop655:                                          ; preds = %endif678, %done654
  %4460 = load i64, ptr %213, align 8
  %4461 = icmp slt i64 %4460, 48
  br i1 %4461, label %body656, label %done657

body656:                                          ; preds = %loop655
  %4462 = sdiv i64 %4460, 48
  %4463 = srem i64 %4460, 48
  %4464 = mul i64 %4462, %4456
  %4465 = mul i64 %4464, 48
  %4466 = add i64 %4465, %4463
  store float 0.000000e+00, ptr %212, align 4
  store i64 %4457, ptr %211, align 8
  br label %loop658

done657:                                          ; preds = %loop655
  call void @llvm.nvvm.barrier0()
  %4467 = mul i64 %2459, 48
  %4468 = getelementptr float, ptr %2473, i64 %4467
  store i64 %337, ptr %210, align 8
  br label %loop679

loop658:                                          ; preds = %endif676, %body656
  %4469 = load i64, ptr %211, align 8
  %4470 = icmp slt i64 %4469, %4456
  br i1 %4470, label %body659, label %done660

body659:                                          ; preds = %loop658
  %4471 = add i64 %4469, 0
  %4472 = mul i64 %4471, 48
  %4473 = add i64 %4466, %4472
  %4474 = sdiv i64 %4473, 48
  %4475 = load i64, ptr %333, align 8
  %4476 = mul i64 1, %4475
  %4477 = add i64 1, %4476
  %4478 = mul i64 %4474, 1
  %4479 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4478
  %4480 = mul i64 %2458, %373
  %4481 = add i64 %4480, 3538944
  %4482 = getelementptr i8, ptr %370, i64 %4481
  %4483 = load i64, ptr %333, align 8
  %4484 = mul i64 1, %4483
  %4485 = add i64 0, %4484
  %4486 = mul i64 %2458, %359
  %4487 = getelementptr i8, ptr %356, i64 %4486
  %4488 = getelementptr i8, ptr %4487, i64 0
  %4489 = mul i64 %907, 1
  %4490 = getelementptr i32, ptr %4488, i64 %4489
  %4491 = load i64, ptr %333, align 8
  %4492 = mul i64 1, %4491
  %4493 = add i64 0, %4492
  %4494 = mul i64 %2458, %359
  %4495 = getelementptr i8, ptr %356, i64 %4494
  %4496 = getelementptr i8, ptr %4495, i64 21504
  %4497 = load i64, ptr %333, align 8
  %4498 = mul i64 1, %4497
  %4499 = add i64 1, %4498
  %4500 = load i64, ptr %333, align 8
  %4501 = mul i64 1, %4500
  %4502 = add i64 1, %4501
  %4503 = sub i64 %4474, 0
  %4504 = mul i64 %4503, 1728
  %4505 = getelementptr float, ptr %4482, i64 %4504
  %4506 = getelementptr i32, ptr %4490, i64 0
  %4507 = load i32, ptr %4506, align 4
  %4508 = sext i32 %4507 to i64
  %4509 = icmp slt i64 %4508, 0
  %4510 = icmp sge i64 %4508, 6
  %4511 = or i1 %4509, %4510
  br i1 %4511, label %then661, label %endif662

done660:                                          ; preds = %loop658
  %4512 = load float, ptr %212, align 4
  %4513 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4512, i32 16, i32 31)
  %4514 = fadd float %4512, %4513
  %4515 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4514, i32 8, i32 31)
  %4516 = fadd float %4514, %4515
  %4517 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4516, i32 4, i32 31)
  %4518 = fadd float %4516, %4517
  %4519 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4518, i32 2, i32 31)
  %4520 = fadd float %4518, %4519
  %4521 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %4520, i32 1, i32 31)
  %4522 = fadd float %4520, %4521
  %4523 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %4522, i32 0, i32 31)
  %4524 = icmp eq i64 %4457, 0
  br i1 %4524, label %then677, label %endif678

then661:                                          ; preds = %body659
  %4525 = getelementptr i32, ptr %349, i64 2
  %4526 = cmpxchg ptr %4525, i32 0, i32 1 seq_cst seq_cst, align 4
  %4527 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 89, ptr %4527 monotonic, align 4
  br label %endif662

endif662:                                         ; preds = %then661, %body659
  %4528 = icmp slt i64 %4508, 5
  %4529 = select i1 %4528, i64 %4508, i64 5
  %4530 = icmp slt i64 0, %4529
  %4531 = select i1 %4530, i64 %4529, i64 0
  %4532 = mul i64 %4531, 288
  %4533 = getelementptr float, ptr %4505, i64 %4532
  %4534 = add i64 0, %4493
  %4535 = sub i64 %4474, %4534
  %4536 = add i64 %4534, 1
  %4537 = icmp sge i64 %4474, %4534
  %4538 = select i1 %4537, ptr %4496, ptr %4533
  %4539 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %4540 = sext i32 %4539 to i64
  %4541 = icmp slt i64 %4540, 0
  %4542 = icmp sge i64 %4540, 6
  %4543 = or i1 %4541, %4542
  br i1 %4543, label %then663, label %endif664

then663:                                          ; preds = %endif662
  %4544 = getelementptr i32, ptr %349, i64 2
  %4545 = cmpxchg ptr %4544, i32 0, i32 1 seq_cst seq_cst, align 4
  %4546 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 111, ptr %4546 monotonic, align 4
  br label %endif664

endif664:                                         ; preds = %then663, %endif662
  %4547 = icmp slt i64 %4540, 5
  %4548 = select i1 %4547, i64 %4540, i64 5
  %4549 = icmp slt i64 0, %4548
  %4550 = select i1 %4549, i64 %4548, i64 0
  %4551 = mul i64 %4550, 48
  %4552 = getelementptr float, ptr %4538, i64 %4551
  %4553 = srem i64 %4473, 48
  %4554 = getelementptr float, ptr %4479, i64 0
  %4555 = load float, ptr %4554, align 4
  %4556 = getelementptr float, ptr %4552, i64 %4553
  %4557 = load float, ptr %4556, align 4
  %4558 = fmul float %4555, %4557
  %4559 = add i64 %4469, 32
  %4560 = icmp slt i64 %4559, %4456
  %4561 = sub i64 %4456, 1
  %4562 = select i1 %4560, i64 %4559, i64 %4561
  %4563 = mul i64 %4562, 48
  %4564 = add i64 %4466, %4563
  %4565 = sdiv i64 %4564, 48
  %4566 = load i64, ptr %333, align 8
  %4567 = mul i64 1, %4566
  %4568 = add i64 1, %4567
  %4569 = mul i64 %4565, 1
  %4570 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4569
  %4571 = mul i64 %2458, %373
  %4572 = add i64 %4571, 3538944
  %4573 = getelementptr i8, ptr %370, i64 %4572
  %4574 = load i64, ptr %333, align 8
  %4575 = mul i64 1, %4574
  %4576 = add i64 0, %4575
  %4577 = mul i64 %2458, %359
  %4578 = getelementptr i8, ptr %356, i64 %4577
  %4579 = getelementptr i8, ptr %4578, i64 0
  %4580 = mul i64 %907, 1
  %4581 = getelementptr i32, ptr %4579, i64 %4580
  %4582 = load i64, ptr %333, align 8
  %4583 = mul i64 1, %4582
  %4584 = add i64 0, %4583
  %4585 = mul i64 %2458, %359
  %4586 = getelementptr i8, ptr %356, i64 %4585
  %4587 = getelementptr i8, ptr %4586, i64 21504
  %4588 = load i64, ptr %333, align 8
  %4589 = mul i64 1, %4588
  %4590 = add i64 1, %4589
  %4591 = load i64, ptr %333, align 8
  %4592 = mul i64 1, %4591
  %4593 = add i64 1, %4592
  %4594 = sub i64 %4565, 0
  %4595 = mul i64 %4594, 1728
  %4596 = getelementptr float, ptr %4573, i64 %4595
  %4597 = getelementptr i32, ptr %4581, i64 0
  %4598 = load i32, ptr %4597, align 4
  %4599 = sext i32 %4598 to i64
  %4600 = icmp slt i64 %4599, 0
  %4601 = icmp sge i64 %4599, 6
  %4602 = or i1 %4600, %4601
  br i1 %4602, label %then665, label %endif666

then665:                                          ; preds = %endif664
  %4603 = getelementptr i32, ptr %349, i64 2
  %4604 = cmpxchg ptr %4603, i32 0, i32 1 seq_cst seq_cst, align 4
  %4605 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 89, ptr %4605 monotonic, align 4
  br label %endif666

endif666:                                         ; preds = %then665, %endif664
  %4606 = icmp slt i64 %4599, 5
  %4607 = select i1 %4606, i64 %4599, i64 5
  %4608 = icmp slt i64 0, %4607
  %4609 = select i1 %4608, i64 %4607, i64 0
  %4610 = mul i64 %4609, 288
  %4611 = getelementptr float, ptr %4596, i64 %4610
  %4612 = add i64 0, %4584
  %4613 = sub i64 %4565, %4612
  %4614 = add i64 %4612, 1
  %4615 = icmp sge i64 %4565, %4612
  %4616 = select i1 %4615, ptr %4587, ptr %4611
  %4617 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %4618 = sext i32 %4617 to i64
  %4619 = icmp slt i64 %4618, 0
  %4620 = icmp sge i64 %4618, 6
  %4621 = or i1 %4619, %4620
  br i1 %4621, label %then667, label %endif668

then667:                                          ; preds = %endif666
  %4622 = getelementptr i32, ptr %349, i64 2
  %4623 = cmpxchg ptr %4622, i32 0, i32 1 seq_cst seq_cst, align 4
  %4624 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 111, ptr %4624 monotonic, align 4
  br label %endif668

endif668:                                         ; preds = %then667, %endif666
  %4625 = icmp slt i64 %4618, 5
  %4626 = select i1 %4625, i64 %4618, i64 5
  %4627 = icmp slt i64 0, %4626
  %4628 = select i1 %4627, i64 %4626, i64 0
  %4629 = mul i64 %4628, 48
  %4630 = getelementptr float, ptr %4616, i64 %4629
  %4631 = srem i64 %4564, 48
  %4632 = getelementptr float, ptr %4570, i64 0
  %4633 = load float, ptr %4632, align 4
  %4634 = getelementptr float, ptr %4630, i64 %4631
  %4635 = load float, ptr %4634, align 4
  %4636 = fmul float %4633, %4635
  %4637 = add i64 %4469, 64
  %4638 = icmp slt i64 %4637, %4456
  %4639 = sub i64 %4456, 1
  %4640 = select i1 %4638, i64 %4637, i64 %4639
  %4641 = mul i64 %4640, 48
  %4642 = add i64 %4466, %4641
  %4643 = sdiv i64 %4642, 48
  %4644 = load i64, ptr %333, align 8
  %4645 = mul i64 1, %4644
  %4646 = add i64 1, %4645
  %4647 = mul i64 %4643, 1
  %4648 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4647
  %4649 = mul i64 %2458, %373
  %4650 = add i64 %4649, 3538944
  %4651 = getelementptr i8, ptr %370, i64 %4650
  %4652 = load i64, ptr %333, align 8
  %4653 = mul i64 1, %4652
  %4654 = add i64 0, %4653
  %4655 = mul i64 %2458, %359
  %4656 = getelementptr i8, ptr %356, i64 %4655
  %4657 = getelementptr i8, ptr %4656, i64 0
  %4658 = mul i64 %907, 1
  %4659 = getelementptr i32, ptr %4657, i64 %4658
  %4660 = load i64, ptr %333, align 8
  %4661 = mul i64 1, %4660
  %4662 = add i64 0, %4661
  %4663 = mul i64 %2458, %359
  %4664 = getelementptr i8, ptr %356, i64 %4663
  %4665 = getelementptr i8, ptr %4664, i64 21504
  %4666 = load i64, ptr %333, align 8
  %4667 = mul i64 1, %4666
  %4668 = add i64 1, %4667
  %4669 = load i64, ptr %333, align 8
  %4670 = mul i64 1, %4669
  %4671 = add i64 1, %4670
  %4672 = sub i64 %4643, 0
  %4673 = mul i64 %4672, 1728
  %4674 = getelementptr float, ptr %4651, i64 %4673
  %4675 = getelementptr i32, ptr %4659, i64 0
  %4676 = load i32, ptr %4675, align 4
  %4677 = sext i32 %4676 to i64
  %4678 = icmp slt i64 %4677, 0
  %4679 = icmp sge i64 %4677, 6
  %4680 = or i1 %4678, %4679
  br i1 %4680, label %then669, label %endif670

then669:                                          ; preds = %endif668
  %4681 = getelementptr i32, ptr %349, i64 2
  %4682 = cmpxchg ptr %4681, i32 0, i32 1 seq_cst seq_cst, align 4
  %4683 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 89, ptr %4683 monotonic, align 4
  br label %endif670

endif670:                                         ; preds = %then669, %endif668
  %4684 = icmp slt i64 %4677, 5
  %4685 = select i1 %4684, i64 %4677, i64 5
  %4686 = icmp slt i64 0, %4685
  %4687 = select i1 %4686, i64 %4685, i64 0
  %4688 = mul i64 %4687, 288
  %4689 = getelementptr float, ptr %4674, i64 %4688
  %4690 = add i64 0, %4662
  %4691 = sub i64 %4643, %4690
  %4692 = add i64 %4690, 1
  %4693 = icmp sge i64 %4643, %4690
  %4694 = select i1 %4693, ptr %4665, ptr %4689
  %4695 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %4696 = sext i32 %4695 to i64
  %4697 = icmp slt i64 %4696, 0
  %4698 = icmp sge i64 %4696, 6
  %4699 = or i1 %4697, %4698
  br i1 %4699, label %then671, label %endif672

then671:                                          ; preds = %endif670
  %4700 = getelementptr i32, ptr %349, i64 2
  %4701 = cmpxchg ptr %4700, i32 0, i32 1 seq_cst seq_cst, align 4
  %4702 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 111, ptr %4702 monotonic, align 4
  br label %endif672

endif672:                                         ; preds = %then671, %endif670
  %4703 = icmp slt i64 %4696, 5
  %4704 = select i1 %4703, i64 %4696, i64 5
  %4705 = icmp slt i64 0, %4704
  %4706 = select i1 %4705, i64 %4704, i64 0
  %4707 = mul i64 %4706, 48
  %4708 = getelementptr float, ptr %4694, i64 %4707
  %4709 = srem i64 %4642, 48
  %4710 = getelementptr float, ptr %4648, i64 0
  %4711 = load float, ptr %4710, align 4
  %4712 = getelementptr float, ptr %4708, i64 %4709
  %4713 = load float, ptr %4712, align 4
  %4714 = fmul float %4711, %4713
  %4715 = add i64 %4469, 96
  %4716 = icmp slt i64 %4715, %4456
  %4717 = sub i64 %4456, 1
  %4718 = select i1 %4716, i64 %4715, i64 %4717
  %4719 = mul i64 %4718, 48
  %4720 = add i64 %4466, %4719
  %4721 = sdiv i64 %4720, 48
  %4722 = load i64, ptr %333, align 8
  %4723 = mul i64 1, %4722
  %4724 = add i64 1, %4723
  %4725 = mul i64 %4721, 1
  %4726 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 32), i64 %4725
  %4727 = mul i64 %2458, %373
  %4728 = add i64 %4727, 3538944
  %4729 = getelementptr i8, ptr %370, i64 %4728
  %4730 = load i64, ptr %333, align 8
  %4731 = mul i64 1, %4730
  %4732 = add i64 0, %4731
  %4733 = mul i64 %2458, %359
  %4734 = getelementptr i8, ptr %356, i64 %4733
  %4735 = getelementptr i8, ptr %4734, i64 0
  %4736 = mul i64 %907, 1
  %4737 = getelementptr i32, ptr %4735, i64 %4736
  %4738 = load i64, ptr %333, align 8
  %4739 = mul i64 1, %4738
  %4740 = add i64 0, %4739
  %4741 = mul i64 %2458, %359
  %4742 = getelementptr i8, ptr %356, i64 %4741
  %4743 = getelementptr i8, ptr %4742, i64 21504
  %4744 = load i64, ptr %333, align 8
  %4745 = mul i64 1, %4744
  %4746 = add i64 1, %4745
  %4747 = load i64, ptr %333, align 8
  %4748 = mul i64 1, %4747
  %4749 = add i64 1, %4748
  %4750 = sub i64 %4721, 0
  %4751 = mul i64 %4750, 1728
  %4752 = getelementptr float, ptr %4729, i64 %4751
  %4753 = getelementptr i32, ptr %4737, i64 0
  %4754 = load i32, ptr %4753, align 4
  %4755 = sext i32 %4754 to i64
  %4756 = icmp slt i64 %4755, 0
  %4757 = icmp sge i64 %4755, 6
  %4758 = or i1 %4756, %4757
  br i1 %4758, label %then673, label %endif674

then673:                                          ; preds = %endif672
  %4759 = getelementptr i32, ptr %349, i64 2
  %4760 = cmpxchg ptr %4759, i32 0, i32 1 seq_cst seq_cst, align 4
  %4761 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 89, ptr %4761 monotonic, align 4
  br label %endif674

endif674:                                         ; preds = %then673, %endif672
  %4762 = icmp slt i64 %4755, 5
  %4763 = select i1 %4762, i64 %4755, i64 5
  %4764 = icmp slt i64 0, %4763
  %4765 = select i1 %4764, i64 %4763, i64 0
  %4766 = mul i64 %4765, 288
  %4767 = getelementptr float, ptr %4752, i64 %4766
  %4768 = add i64 0, %4740
  %4769 = sub i64 %4721, %4768
  %4770 = add i64 %4768, 1
  %4771 = icmp sge i64 %4721, %4768
  %4772 = select i1 %4771, ptr %4743, ptr %4767
  %4773 = load i32, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 16), align 4
  %4774 = sext i32 %4773 to i64
  %4775 = icmp slt i64 %4774, 0
  %4776 = icmp sge i64 %4774, 6
  %4777 = or i1 %4775, %4776
  br i1 %4777, label %then675, label %endif676

then675:                                          ; preds = %endif674
  %4778 = getelementptr i32, ptr %349, i64 2
  %4779 = cmpxchg ptr %4778, i32 0, i32 1 seq_cst seq_cst, align 4
  %4780 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 111, ptr %4780 monotonic, align 4
  br label %endif676

endif676:                                         ; preds = %then675, %endif674
  %4781 = icmp slt i64 %4774, 5
  %4782 = select i1 %4781, i64 %4774, i64 5
  %4783 = icmp slt i64 0, %4782
  %4784 = select i1 %4783, i64 %4782, i64 0
  %4785 = mul i64 %4784, 48
  %4786 = getelementptr float, ptr %4772, i64 %4785
  %4787 = srem i64 %4720, 48
  %4788 = getelementptr float, ptr %4726, i64 0
  %4789 = load float, ptr %4788, align 4
  %4790 = getelementptr float, ptr %4786, i64 %4787
  %4791 = load float, ptr %4790, align 4
  %4792 = fmul float %4789, %4791
  %4793 = load float, ptr %212, align 4
  %4794 = fadd float %4793, %4558
  store float %4794, ptr %212, align 4
  %4795 = load float, ptr %212, align 4
  %4796 = fadd float %4795, %4636
  %4797 = select i1 %4560, float %4796, float %4795
  store float %4797, ptr %212, align 4
  %4798 = load float, ptr %212, align 4
  %4799 = fadd float %4798, %4714
  %4800 = select i1 %4638, float %4799, float %4798
  store float %4800, ptr %212, align 4
  %4801 = load float, ptr %212, align 4
  %4802 = fadd float %4801, %4792
  %4803 = select i1 %4716, float %4802, float %4801
  store float %4803, ptr %212, align 4
  %4804 = add i64 %4469, 128
  store i64 %4804, ptr %211, align 8
  br label %loop658

then677:                                          ; preds = %done660
  %4805 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4460
  store float %4523, ptr %4805, align 4
  br label %endif678

endif678:                                         ; preds = %then677, %done660
  %4806 = add i64 %4460, %4459
  store i64 %4806, ptr %213, align 8
  br label %loop655

loop679:                                          ; preds = %body680, %done657
  %4807 = load i64, ptr %210, align 8
  %4808 = icmp slt i64 %4807, 48
  br i1 %4808, label %body680, label %done681

body680:                                          ; preds = %loop679
  %4809 = getelementptr float, ptr getelementptr (i8, ptr addrspacecast (ptr addrspace(3) @fractal_block_arena to ptr), i64 2096), i64 %4807
  %4810 = load float, ptr %4809, align 4
  %4811 = getelementptr float, ptr %4468, i64 %4807
  store float %4810, ptr %4811, align 4
  %4812 = add i64 %4807, %341
  store i64 %4812, ptr %210, align 8
  br label %loop679

done681:                                          ; preds = %loop679
  call void @llvm.nvvm.barrier0()
  br label %endif347

then682:                                          ; preds = %done343
  fence syncscope("device") seq_cst
  %4813 = getelementptr i32, ptr %349, i64 1
  %4814 = load atomic i32, ptr %4813 syncscope("device") acquire, align 4
  %4815 = getelementptr i32, ptr %349, i64 0
  %4816 = atomicrmw add ptr %4815, i32 1 syncscope("device") acq_rel, align 4
  %4817 = sext i32 %4816 to i64
  %4818 = sub i64 %339, 1
  %4819 = icmp eq i64 %4817, %4818
  br i1 %4819, label %then684, label %else685

endif683:                                         ; preds = %endif686, %done343
  call void @llvm.nvvm.barrier0()
  %4820 = sdiv i64 %341, 32
  %4821 = sdiv i64 %337, 32
  %4822 = mul i64 %4821, %339
  %4823 = add i64 %4822, %335
  %4824 = mul i64 %343, %366
  %4825 = getelementptr i8, ptr %363, i64 %4824
  %4826 = mul i64 %346, 288
  %4827 = mul i64 %339, %4820
  %4828 = load i64, ptr %326, align 8
  %4829 = srem i64 %4828, %4827
  %4830 = sub i64 %4823, %4829
  %4831 = add i64 %4830, %4827
  %4832 = srem i64 %4831, %4827
  %4833 = add i64 %4829, %4826
  %4834 = srem i64 %4833, %4827
  store i64 %4834, ptr %326, align 8
  store i64 %4832, ptr %207, align 8
  br label %loop692

then684:                                          ; preds = %then682
  %4835 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %4835 syncscope("device") monotonic, align 4
  %4836 = getelementptr i32, ptr %349, i64 1
  %4837 = atomicrmw add ptr %4836, i32 1 syncscope("device") acq_rel, align 4
  br label %endif686

else685:                                          ; preds = %then682
  store i32 0, ptr %209, align 4
  store i1 true, ptr %208, align 1
  br label %while687

endif686:                                         ; preds = %wdone689, %then684
  fence syncscope("device") seq_cst
  br label %endif683

while687:                                         ; preds = %endif691, %else685
  %4838 = getelementptr i32, ptr %349, i64 1
  %4839 = load atomic i32, ptr %4838 syncscope("device") acquire, align 4
  %4840 = icmp eq i32 %4839, %4814
  %4841 = load i1, ptr %208, align 1
  %4842 = and i1 %4840, %4841
  br i1 %4842, label %wbody688, label %wdone689

wbody688:                                         ; preds = %while687
  call void @llvm.nvvm.nanosleep(i32 64)
  %4843 = load i32, ptr %209, align 4
  %4844 = add i32 %4843, 1
  store i32 %4844, ptr %209, align 4
  %4845 = and i32 %4844, 63
  %4846 = icmp eq i32 %4845, 0
  br i1 %4846, label %then690, label %endif691

wdone689:                                         ; preds = %while687
  br label %endif686

then690:                                          ; preds = %wbody688
  %4847 = getelementptr i32, ptr %349, i64 2
  %4848 = load atomic volatile i32, ptr %4847 monotonic, align 4
  %4849 = icmp eq i32 %4848, 0
  store i1 %4849, ptr %208, align 1
  br label %endif691

endif691:                                         ; preds = %then690, %wbody688
  br label %while687

loop692:                                          ; preds = %endif696, %endif683
  %4850 = load i64, ptr %207, align 8
  %4851 = icmp slt i64 %4850, %4826
  br i1 %4851, label %body693, label %done694

body693:                                          ; preds = %loop692
  %4852 = srem i64 %4850, %346
  %4853 = sdiv i64 %4850, %346
  %4854 = srem i64 %337, 32
  %4855 = mul i64 %4852, 8
  %4856 = add i64 %4855, 1
  %4857 = getelementptr i32, ptr %352, i64 %4856
  %4858 = load i32, ptr %4857, align 4
  %4859 = icmp eq i32 %4858, 0
  br i1 %4859, label %then695, label %endif696

done694:                                          ; preds = %loop692
  call void @llvm.nvvm.barrier0()
  %4860 = icmp eq i64 %337, 0
  br i1 %4860, label %then718, label %endif719

then695:                                          ; preds = %body693
  %4861 = getelementptr i64, ptr %0, i64 0
  %4862 = load i64, ptr %4861, align 8
  %4863 = and i64 %4862, -256
  %4864 = inttoptr i64 %4863 to ptr
  %4865 = getelementptr i8, ptr %4864, i64 42842880
  %4866 = mul i64 %4852, %359
  %4867 = getelementptr i8, ptr %356, i64 %4866
  %4868 = getelementptr i8, ptr %4867, i64 0
  %4869 = mul i64 %907, 1
  %4870 = getelementptr i32, ptr %4868, i64 %4869
  %4871 = getelementptr i32, ptr %4870, i64 0
  %4872 = load i32, ptr %4871, align 4
  %4873 = sext i32 %4872 to i64
  %4874 = icmp slt i64 %4873, 0
  %4875 = icmp sge i64 %4873, 6
  %4876 = or i1 %4874, %4875
  br i1 %4876, label %then697, label %endif698

endif696:                                         ; preds = %endif700, %body693
  %4877 = add i64 %4850, %4827
  store i64 %4877, ptr %207, align 8
  br label %loop692

then697:                                          ; preds = %then695
  %4878 = getelementptr i32, ptr %349, i64 2
  %4879 = cmpxchg ptr %4878, i32 0, i32 1 seq_cst seq_cst, align 4
  %4880 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 92, ptr %4880 monotonic, align 4
  br label %endif698

endif698:                                         ; preds = %then697, %then695
  %4881 = icmp slt i64 %4873, 5
  %4882 = select i1 %4881, i64 %4873, i64 5
  %4883 = icmp slt i64 0, %4882
  %4884 = select i1 %4883, i64 %4882, i64 0
  %4885 = mul i64 %4884, 82944
  %4886 = getelementptr float, ptr %4865, i64 %4885
  %4887 = icmp slt i64 %4853, 288
  br i1 %4887, label %then699, label %endif700

then699:                                          ; preds = %endif698
  %4888 = add i64 %4850, %4827
  %4889 = sdiv i64 %4888, %346
  %4890 = srem i64 %4888, %346
  %4891 = icmp eq i64 %4890, %4852
  %4892 = icmp slt i64 %4889, 288
  %4893 = and i1 %4891, %4892
  br i1 %4893, label %then701, label %endif702

endif700:                                         ; preds = %endif714, %endif698
  br label %endif696

then701:                                          ; preds = %then699
  %4894 = getelementptr i64, ptr %0, i64 0
  %4895 = load i64, ptr %4894, align 8
  %4896 = and i64 %4895, -256
  %4897 = inttoptr i64 %4896 to ptr
  %4898 = getelementptr i8, ptr %4897, i64 42842880
  %4899 = mul i64 %4852, %359
  %4900 = getelementptr i8, ptr %356, i64 %4899
  %4901 = getelementptr i8, ptr %4900, i64 0
  %4902 = mul i64 %907, 1
  %4903 = getelementptr i32, ptr %4901, i64 %4902
  %4904 = getelementptr i32, ptr %4903, i64 0
  %4905 = load i32, ptr %4904, align 4
  %4906 = sext i32 %4905 to i64
  %4907 = icmp slt i64 %4906, 0
  %4908 = icmp sge i64 %4906, 6
  %4909 = or i1 %4907, %4908
  br i1 %4909, label %then703, label %endif704

endif702:                                         ; preds = %done707, %then699
  %4910 = mul i64 %4852, %359
  %4911 = getelementptr i8, ptr %356, i64 %4910
  %4912 = getelementptr i8, ptr %4911, i64 18048
  %4913 = getelementptr i64, ptr %0, i64 0
  %4914 = load i64, ptr %4913, align 8
  %4915 = and i64 %4914, -256
  %4916 = inttoptr i64 %4915 to ptr
  %4917 = getelementptr i8, ptr %4916, i64 42842880
  %4918 = mul i64 %4852, %359
  %4919 = getelementptr i8, ptr %356, i64 %4918
  %4920 = getelementptr i8, ptr %4919, i64 0
  %4921 = mul i64 %907, 1
  %4922 = getelementptr i32, ptr %4920, i64 %4921
  %4923 = getelementptr i32, ptr %4922, i64 0
  %4924 = load i32, ptr %4923, align 4
  %4925 = sext i32 %4924 to i64
  %4926 = icmp slt i64 %4925, 0
  %4927 = icmp sge i64 %4925, 6
  %4928 = or i1 %4926, %4927
  br i1 %4928, label %then708, label %endif709

then703:                                          ; preds = %then701
  %4929 = getelementptr i32, ptr %349, i64 2
  %4930 = cmpxchg ptr %4929, i32 0, i32 1 seq_cst seq_cst, align 4
  %4931 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 92, ptr %4931 monotonic, align 4
  br label %endif704

endif704:                                         ; preds = %then703, %then701
  %4932 = icmp slt i64 %4906, 5
  %4933 = select i1 %4932, i64 %4906, i64 5
  %4934 = icmp slt i64 0, %4933
  %4935 = select i1 %4934, i64 %4933, i64 0
  %4936 = mul i64 %4935, 82944
  %4937 = getelementptr float, ptr %4898, i64 %4936
  %4938 = mul i64 %4889, 288
  %4939 = getelementptr float, ptr %4937, i64 %4938
  %4940 = mul i64 %4854, 128
  store i64 %4940, ptr %206, align 8
  br label %loop705

loop705:                                          ; preds = %body706, %endif704
  %4941 = load i64, ptr %206, align 8
  %4942 = icmp slt i64 %4941, 1152
  br i1 %4942, label %body706, label %done707

body706:                                          ; preds = %loop705
  %4943 = getelementptr i8, ptr %4939, i64 %4941
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %4943)
  %4944 = add i64 %4941, 4096
  store i64 %4944, ptr %206, align 8
  br label %loop705

done707:                                          ; preds = %loop705
  br label %endif702

then708:                                          ; preds = %endif702
  %4945 = getelementptr i32, ptr %349, i64 2
  %4946 = cmpxchg ptr %4945, i32 0, i32 1 seq_cst seq_cst, align 4
  %4947 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 92, ptr %4947 monotonic, align 4
  br label %endif709

endif709:                                         ; preds = %then708, %endif702
  %4948 = icmp slt i64 %4925, 5
  %4949 = select i1 %4948, i64 %4925, i64 5
  %4950 = icmp slt i64 0, %4949
  %4951 = select i1 %4950, i64 %4949, i64 0
  %4952 = mul i64 %4951, 82944
  %4953 = getelementptr float, ptr %4917, i64 %4952
  %4954 = mul i64 %4853, 288
  %4955 = getelementptr float, ptr %4953, i64 %4954
  %4956 = getelementptr i8, ptr %4825, i64 0
  %4957 = mul i64 %4852, %359
  %4958 = getelementptr i8, ptr %356, i64 %4957
  %4959 = getelementptr i8, ptr %4958, i64 19200
  store i64 0, ptr %205, align 8
  br label %loop710

loop710:                                          ; preds = %body711, %endif709
  %4960 = load i64, ptr %205, align 8
  %4961 = icmp slt i64 %4960, 1
  br i1 %4961, label %body711, label %done712

body711:                                          ; preds = %loop710
  %4962 = sdiv i64 %4960, 1
  %4963 = srem i64 %4960, 1
  %4964 = mul i64 %4962, 288
  %4965 = mul i64 %4964, 1
  %4966 = add i64 %4965, %4963
  store float 0.000000e+00, ptr %204, align 4
  %4967 = add i64 %4854, 0
  %4968 = mul i64 %4967, 4
  %4969 = add i64 %4968, 0
  %4970 = mul i64 %4969, 1
  %4971 = add i64 %4966, %4970
  %4972 = getelementptr float, ptr %4955, i64 %4971
  %4973 = load float, ptr %4972, align 4
  %4974 = getelementptr float, ptr %4959, i64 %4971
  %4975 = load float, ptr %4974, align 4
  %4976 = fmul float %4973, %4975
  %4977 = add i64 %4968, 1
  %4978 = mul i64 %4977, 1
  %4979 = add i64 %4966, %4978
  %4980 = getelementptr float, ptr %4955, i64 %4979
  %4981 = load float, ptr %4980, align 4
  %4982 = getelementptr float, ptr %4959, i64 %4979
  %4983 = load float, ptr %4982, align 4
  %4984 = fmul float %4981, %4983
  %4985 = add i64 %4968, 2
  %4986 = mul i64 %4985, 1
  %4987 = add i64 %4966, %4986
  %4988 = getelementptr float, ptr %4955, i64 %4987
  %4989 = load float, ptr %4988, align 4
  %4990 = getelementptr float, ptr %4959, i64 %4987
  %4991 = load float, ptr %4990, align 4
  %4992 = fmul float %4989, %4991
  %4993 = add i64 %4968, 3
  %4994 = mul i64 %4993, 1
  %4995 = add i64 %4966, %4994
  %4996 = getelementptr float, ptr %4955, i64 %4995
  %4997 = load float, ptr %4996, align 4
  %4998 = getelementptr float, ptr %4959, i64 %4995
  %4999 = load float, ptr %4998, align 4
  %5000 = fmul float %4997, %4999
  %5001 = add i64 %4854, 32
  %5002 = mul i64 %5001, 4
  %5003 = add i64 %5002, 0
  %5004 = mul i64 %5003, 1
  %5005 = add i64 %4966, %5004
  %5006 = getelementptr float, ptr %4955, i64 %5005
  %5007 = load float, ptr %5006, align 4
  %5008 = getelementptr float, ptr %4959, i64 %5005
  %5009 = load float, ptr %5008, align 4
  %5010 = fmul float %5007, %5009
  %5011 = add i64 %5002, 1
  %5012 = mul i64 %5011, 1
  %5013 = add i64 %4966, %5012
  %5014 = getelementptr float, ptr %4955, i64 %5013
  %5015 = load float, ptr %5014, align 4
  %5016 = getelementptr float, ptr %4959, i64 %5013
  %5017 = load float, ptr %5016, align 4
  %5018 = fmul float %5015, %5017
  %5019 = add i64 %5002, 2
  %5020 = mul i64 %5019, 1
  %5021 = add i64 %4966, %5020
  %5022 = getelementptr float, ptr %4955, i64 %5021
  %5023 = load float, ptr %5022, align 4
  %5024 = getelementptr float, ptr %4959, i64 %5021
  %5025 = load float, ptr %5024, align 4
  %5026 = fmul float %5023, %5025
  %5027 = add i64 %5002, 3
  %5028 = mul i64 %5027, 1
  %5029 = add i64 %4966, %5028
  %5030 = getelementptr float, ptr %4955, i64 %5029
  %5031 = load float, ptr %5030, align 4
  %5032 = getelementptr float, ptr %4959, i64 %5029
  %5033 = load float, ptr %5032, align 4
  %5034 = fmul float %5031, %5033
  %5035 = add i64 %4854, 64
  %5036 = icmp slt i64 %5035, 72
  %5037 = icmp slt i64 %5035, 71
  %5038 = select i1 %5037, i64 %5035, i64 71
  %5039 = mul i64 %5038, 4
  %5040 = add i64 %5039, 0
  %5041 = mul i64 %5040, 1
  %5042 = add i64 %4966, %5041
  %5043 = getelementptr float, ptr %4955, i64 %5042
  %5044 = load float, ptr %5043, align 4
  %5045 = getelementptr float, ptr %4959, i64 %5042
  %5046 = load float, ptr %5045, align 4
  %5047 = fmul float %5044, %5046
  %5048 = add i64 %5039, 1
  %5049 = mul i64 %5048, 1
  %5050 = add i64 %4966, %5049
  %5051 = getelementptr float, ptr %4955, i64 %5050
  %5052 = load float, ptr %5051, align 4
  %5053 = getelementptr float, ptr %4959, i64 %5050
  %5054 = load float, ptr %5053, align 4
  %5055 = fmul float %5052, %5054
  %5056 = add i64 %5039, 2
  %5057 = mul i64 %5056, 1
  %5058 = add i64 %4966, %5057
  %5059 = getelementptr float, ptr %4955, i64 %5058
  %5060 = load float, ptr %5059, align 4
  %5061 = getelementptr float, ptr %4959, i64 %5058
  %5062 = load float, ptr %5061, align 4
  %5063 = fmul float %5060, %5062
  %5064 = add i64 %5039, 3
  %5065 = mul i64 %5064, 1
  %5066 = add i64 %4966, %5065
  %5067 = getelementptr float, ptr %4955, i64 %5066
  %5068 = load float, ptr %5067, align 4
  %5069 = getelementptr float, ptr %4959, i64 %5066
  %5070 = load float, ptr %5069, align 4
  %5071 = fmul float %5068, %5070
  %5072 = load float, ptr %204, align 4
  %5073 = fadd float %5072, %4976
  store float %5073, ptr %204, align 4
  %5074 = load float, ptr %204, align 4
  %5075 = fadd float %5074, %4984
  store float %5075, ptr %204, align 4
  %5076 = load float, ptr %204, align 4
  %5077 = fadd float %5076, %4992
  store float %5077, ptr %204, align 4
  %5078 = load float, ptr %204, align 4
  %5079 = fadd float %5078, %5000
  store float %5079, ptr %204, align 4
  %5080 = load float, ptr %204, align 4
  %5081 = fadd float %5080, %5010
  store float %5081, ptr %204, align 4
  %5082 = load float, ptr %204, align 4
  %5083 = fadd float %5082, %5018
  store float %5083, ptr %204, align 4
  %5084 = load float, ptr %204, align 4
  %5085 = fadd float %5084, %5026
  store float %5085, ptr %204, align 4
  %5086 = load float, ptr %204, align 4
  %5087 = fadd float %5086, %5034
  store float %5087, ptr %204, align 4
  %5088 = load float, ptr %204, align 4
  %5089 = fadd float %5088, %5047
  %5090 = select i1 %5036, float %5089, float %5088
  store float %5090, ptr %204, align 4
  %5091 = load float, ptr %204, align 4
  %5092 = fadd float %5091, %5055
  %5093 = select i1 %5036, float %5092, float %5091
  store float %5093, ptr %204, align 4
  %5094 = load float, ptr %204, align 4
  %5095 = fadd float %5094, %5063
  %5096 = select i1 %5036, float %5095, float %5094
  store float %5096, ptr %204, align 4
  %5097 = load float, ptr %204, align 4
  %5098 = fadd float %5097, %5071
  %5099 = select i1 %5036, float %5098, float %5097
  store float %5099, ptr %204, align 4
  %5100 = load float, ptr %204, align 4
  %5101 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5100, i32 16, i32 31)
  %5102 = fadd float %5100, %5101
  %5103 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5102, i32 8, i32 31)
  %5104 = fadd float %5102, %5103
  %5105 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5104, i32 4, i32 31)
  %5106 = fadd float %5104, %5105
  %5107 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5106, i32 2, i32 31)
  %5108 = fadd float %5106, %5107
  %5109 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5108, i32 1, i32 31)
  %5110 = fadd float %5108, %5109
  %5111 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %5110, i32 0, i32 31)
  %5112 = getelementptr float, ptr %4956, i64 %4960
  store float %5111, ptr %5112, align 4
  %5113 = add i64 %4960, 1
  store i64 %5113, ptr %205, align 8
  br label %loop710

done712:                                          ; preds = %loop710
  %5114 = icmp eq i64 %4854, 0
  br i1 %5114, label %then713, label %endif714

then713:                                          ; preds = %done712
  %5115 = getelementptr i8, ptr %4825, i64 0
  %5116 = mul i64 %4853, 1
  %5117 = getelementptr float, ptr %4912, i64 %5116
  store i64 0, ptr %203, align 8
  br label %loop715

endif714:                                         ; preds = %done717, %done712
  br label %endif700

loop715:                                          ; preds = %body716, %then713
  %5118 = load i64, ptr %203, align 8
  %5119 = icmp slt i64 %5118, 1
  br i1 %5119, label %body716, label %done717

body716:                                          ; preds = %loop715
  %5120 = getelementptr float, ptr %5115, i64 %5118
  %5121 = load float, ptr %5120, align 4
  %5122 = getelementptr float, ptr %5117, i64 %5118
  store float %5121, ptr %5122, align 4
  %5123 = add i64 %5118, 1
  store i64 %5123, ptr %203, align 8
  br label %loop715

done717:                                          ; preds = %loop715
  br label %endif714

then718:                                          ; preds = %done694
  fence syncscope("device") seq_cst
  %5124 = getelementptr i32, ptr %349, i64 17
  %5125 = atomicrmw add ptr %5124, i32 1 syncscope("device") release, align 4
  br label %endif719

endif719:                                         ; preds = %then718, %done694
  %5126 = load i32, ptr %331, align 4
  %5127 = add i32 %5126, 1
  store i32 %5127, ptr %331, align 4
  %5128 = icmp slt i64 %335, %346
  br i1 %5128, label %then720, label %endif721

then720:                                          ; preds = %endif719
  %5129 = icmp eq i64 %337, 0
  br i1 %5129, label %then722, label %endif723

endif721:                                         ; preds = %endif723, %endif719
  store i64 %335, ptr %200, align 8
  br label %loop729

then722:                                          ; preds = %then720
  %5130 = load i32, ptr %331, align 4
  %5131 = trunc i64 %339 to i32
  %5132 = mul i32 %5130, %5131
  store i32 0, ptr %202, align 4
  store i1 true, ptr %201, align 1
  br label %while724

endif723:                                         ; preds = %wdone726, %then720
  call void @llvm.nvvm.barrier0()
  br label %endif721

while724:                                         ; preds = %endif728, %then722
  %5133 = getelementptr i32, ptr %349, i64 17
  %5134 = load atomic i32, ptr %5133 syncscope("device") acquire, align 4
  %5135 = sub i32 %5134, %5132
  %5136 = icmp slt i32 %5135, 0
  %5137 = load i1, ptr %201, align 1
  %5138 = and i1 %5136, %5137
  br i1 %5138, label %wbody725, label %wdone726

wbody725:                                         ; preds = %while724
  call void @llvm.nvvm.nanosleep(i32 64)
  %5139 = load i32, ptr %202, align 4
  %5140 = add i32 %5139, 1
  store i32 %5140, ptr %202, align 4
  %5141 = and i32 %5140, 63
  %5142 = icmp eq i32 %5141, 0
  br i1 %5142, label %then727, label %endif728

wdone726:                                         ; preds = %while724
  fence syncscope("device") seq_cst
  br label %endif723

then727:                                          ; preds = %wbody725
  %5143 = getelementptr i32, ptr %349, i64 2
  %5144 = load atomic volatile i32, ptr %5143 monotonic, align 4
  %5145 = icmp eq i32 %5144, 0
  store i1 %5145, ptr %201, align 1
  br label %endif728

endif728:                                         ; preds = %then727, %wbody725
  br label %while724

loop729:                                          ; preds = %endif733, %endif721
  %5146 = load i64, ptr %200, align 8
  %5147 = icmp slt i64 %5146, %346
  br i1 %5147, label %body730, label %done731

body730:                                          ; preds = %loop729
  %5148 = mul i64 %5146, 8
  %5149 = add i64 %5148, 1
  %5150 = getelementptr i32, ptr %352, i64 %5149
  %5151 = load i32, ptr %5150, align 4
  %5152 = icmp eq i32 %5151, 0
  br i1 %5152, label %then732, label %endif733

done731:                                          ; preds = %loop729
  call void @llvm.nvvm.barrier0()
  %5153 = icmp eq i64 %337, 0
  br i1 %5153, label %then747, label %endif748

then732:                                          ; preds = %body730
  %5154 = mul i64 %5146, %359
  %5155 = getelementptr i8, ptr %356, i64 %5154
  %5156 = getelementptr i8, ptr %5155, i64 20352
  %5157 = mul i64 %5146, %359
  %5158 = getelementptr i8, ptr %356, i64 %5157
  %5159 = getelementptr i8, ptr %5158, i64 3072
  %5160 = mul i64 %5146, %359
  %5161 = getelementptr i8, ptr %356, i64 %5160
  %5162 = getelementptr i8, ptr %5161, i64 147200
  %5163 = select i1 %910, ptr %5162, ptr %5159
  %5164 = mul i64 %5146, %359
  %5165 = getelementptr i8, ptr %356, i64 %5164
  %5166 = getelementptr i8, ptr %5165, i64 18048
  store i64 %337, ptr %199, align 8
  br label %loop734

endif733:                                         ; preds = %done746, %body730
  %5167 = add i64 %5146, %339
  store i64 %5167, ptr %200, align 8
  br label %loop729

loop734:                                          ; preds = %body735, %then732
  %5168 = load i64, ptr %199, align 8
  %5169 = icmp slt i64 %5168, 288
  br i1 %5169, label %body735, label %done736

body735:                                          ; preds = %loop734
  %5170 = getelementptr float, ptr %5163, i64 %5168
  %5171 = load float, ptr %5170, align 4
  %5172 = getelementptr float, ptr %5166, i64 %5168
  %5173 = load float, ptr %5172, align 4
  %5174 = fadd float %5171, %5173
  %5175 = getelementptr float, ptr %5156, i64 %5168
  store float %5174, ptr %5175, align 4
  %5176 = add i64 %5168, %341
  store i64 %5176, ptr %199, align 8
  br label %loop734

done736:                                          ; preds = %loop734
  call void @llvm.nvvm.barrier0()
  %5177 = mul i64 %5146, %359
  %5178 = getelementptr i8, ptr %356, i64 %5177
  %5179 = getelementptr i8, ptr %5178, i64 656
  %5180 = mul i64 %5146, %359
  %5181 = getelementptr i8, ptr %356, i64 %5180
  %5182 = getelementptr i8, ptr %5181, i64 20352
  %5183 = mul i64 %5146, %359
  %5184 = getelementptr i8, ptr %356, i64 %5183
  %5185 = getelementptr i8, ptr %5184, i64 20352
  %5186 = srem i64 %337, 32
  %5187 = sdiv i64 %337, 32
  %5188 = sdiv i64 %341, 32
  store i64 %5187, ptr %198, align 8
  br label %loop737

loop737:                                          ; preds = %endif741, %done736
  %5189 = load i64, ptr %198, align 8
  %5190 = icmp slt i64 %5189, 1
  br i1 %5190, label %body738, label %done739

body738:                                          ; preds = %loop737
  %5191 = sdiv i64 %5189, 1
  %5192 = srem i64 %5189, 1
  %5193 = mul i64 %5191, 288
  %5194 = mul i64 %5193, 1
  %5195 = add i64 %5194, %5192
  store float 0.000000e+00, ptr %197, align 4
  %5196 = add i64 %5186, 0
  %5197 = mul i64 %5196, 4
  %5198 = add i64 %5197, 0
  %5199 = mul i64 %5198, 1
  %5200 = add i64 %5195, %5199
  %5201 = getelementptr float, ptr %5182, i64 %5200
  %5202 = load float, ptr %5201, align 4
  %5203 = getelementptr float, ptr %5185, i64 %5200
  %5204 = load float, ptr %5203, align 4
  %5205 = fmul float %5202, %5204
  %5206 = add i64 %5197, 1
  %5207 = mul i64 %5206, 1
  %5208 = add i64 %5195, %5207
  %5209 = getelementptr float, ptr %5182, i64 %5208
  %5210 = load float, ptr %5209, align 4
  %5211 = getelementptr float, ptr %5185, i64 %5208
  %5212 = load float, ptr %5211, align 4
  %5213 = fmul float %5210, %5212
  %5214 = add i64 %5197, 2
  %5215 = mul i64 %5214, 1
  %5216 = add i64 %5195, %5215
  %5217 = getelementptr float, ptr %5182, i64 %5216
  %5218 = load float, ptr %5217, align 4
  %5219 = getelementptr float, ptr %5185, i64 %5216
  %5220 = load float, ptr %5219, align 4
  %5221 = fmul float %5218, %5220
  %5222 = add i64 %5197, 3
  %5223 = mul i64 %5222, 1
  %5224 = add i64 %5195, %5223
  %5225 = getelementptr float, ptr %5182, i64 %5224
  %5226 = load float, ptr %5225, align 4
  %5227 = getelementptr float, ptr %5185, i64 %5224
  %5228 = load float, ptr %5227, align 4
  %5229 = fmul float %5226, %5228
  %5230 = add i64 %5186, 32
  %5231 = mul i64 %5230, 4
  %5232 = add i64 %5231, 0
  %5233 = mul i64 %5232, 1
  %5234 = add i64 %5195, %5233
  %5235 = getelementptr float, ptr %5182, i64 %5234
  %5236 = load float, ptr %5235, align 4
  %5237 = getelementptr float, ptr %5185, i64 %5234
  %5238 = load float, ptr %5237, align 4
  %5239 = fmul float %5236, %5238
  %5240 = add i64 %5231, 1
  %5241 = mul i64 %5240, 1
  %5242 = add i64 %5195, %5241
  %5243 = getelementptr float, ptr %5182, i64 %5242
  %5244 = load float, ptr %5243, align 4
  %5245 = getelementptr float, ptr %5185, i64 %5242
  %5246 = load float, ptr %5245, align 4
  %5247 = fmul float %5244, %5246
  %5248 = add i64 %5231, 2
  %5249 = mul i64 %5248, 1
  %5250 = add i64 %5195, %5249
  %5251 = getelementptr float, ptr %5182, i64 %5250
  %5252 = load float, ptr %5251, align 4
  %5253 = getelementptr float, ptr %5185, i64 %5250
  %5254 = load float, ptr %5253, align 4
  %5255 = fmul float %5252, %5254
  %5256 = add i64 %5231, 3
  %5257 = mul i64 %5256, 1
  %5258 = add i64 %5195, %5257
  %5259 = getelementptr float, ptr %5182, i64 %5258
  %5260 = load float, ptr %5259, align 4
  %5261 = getelementptr float, ptr %5185, i64 %5258
  %5262 = load float, ptr %5261, align 4
  %5263 = fmul float %5260, %5262
  %5264 = add i64 %5186, 64
  %5265 = icmp slt i64 %5264, 72
  %5266 = icmp slt i64 %5264, 71
  %5267 = select i1 %5266, i64 %5264, i64 71
  %5268 = mul i64 %5267, 4
  %5269 = add i64 %5268, 0
  %5270 = mul i64 %5269, 1
  %5271 = add i64 %5195, %5270
  %5272 = getelementptr float, ptr %5182, i64 %5271
  %5273 = load float, ptr %5272, align 4
  %5274 = getelementptr float, ptr %5185, i64 %5271
  %5275 = load float, ptr %5274, align 4
  %5276 = fmul float %5273, %5275
  %5277 = add i64 %5268, 1
  %5278 = mul i64 %5277, 1
  %5279 = add i64 %5195, %5278
  %5280 = getelementptr float, ptr %5182, i64 %5279
  %5281 = load float, ptr %5280, align 4
  %5282 = getelementptr float, ptr %5185, i64 %5279
  %5283 = load float, ptr %5282, align 4
  %5284 = fmul float %5281, %5283
  %5285 = add i64 %5268, 2
  %5286 = mul i64 %5285, 1
  %5287 = add i64 %5195, %5286
  %5288 = getelementptr float, ptr %5182, i64 %5287
  %5289 = load float, ptr %5288, align 4
  %5290 = getelementptr float, ptr %5185, i64 %5287
  %5291 = load float, ptr %5290, align 4
  %5292 = fmul float %5289, %5291
  %5293 = add i64 %5268, 3
  %5294 = mul i64 %5293, 1
  %5295 = add i64 %5195, %5294
  %5296 = getelementptr float, ptr %5182, i64 %5295
  %5297 = load float, ptr %5296, align 4
  %5298 = getelementptr float, ptr %5185, i64 %5295
  %5299 = load float, ptr %5298, align 4
  %5300 = fmul float %5297, %5299
  %5301 = load float, ptr %197, align 4
  %5302 = fadd float %5301, %5205
  store float %5302, ptr %197, align 4
  %5303 = load float, ptr %197, align 4
  %5304 = fadd float %5303, %5213
  store float %5304, ptr %197, align 4
  %5305 = load float, ptr %197, align 4
  %5306 = fadd float %5305, %5221
  store float %5306, ptr %197, align 4
  %5307 = load float, ptr %197, align 4
  %5308 = fadd float %5307, %5229
  store float %5308, ptr %197, align 4
  %5309 = load float, ptr %197, align 4
  %5310 = fadd float %5309, %5239
  store float %5310, ptr %197, align 4
  %5311 = load float, ptr %197, align 4
  %5312 = fadd float %5311, %5247
  store float %5312, ptr %197, align 4
  %5313 = load float, ptr %197, align 4
  %5314 = fadd float %5313, %5255
  store float %5314, ptr %197, align 4
  %5315 = load float, ptr %197, align 4
  %5316 = fadd float %5315, %5263
  store float %5316, ptr %197, align 4
  %5317 = load float, ptr %197, align 4
  %5318 = fadd float %5317, %5276
  %5319 = select i1 %5265, float %5318, float %5317
  store float %5319, ptr %197, align 4
  %5320 = load float, ptr %197, align 4
  %5321 = fadd float %5320, %5284
  %5322 = select i1 %5265, float %5321, float %5320
  store float %5322, ptr %197, align 4
  %5323 = load float, ptr %197, align 4
  %5324 = fadd float %5323, %5292
  %5325 = select i1 %5265, float %5324, float %5323
  store float %5325, ptr %197, align 4
  %5326 = load float, ptr %197, align 4
  %5327 = fadd float %5326, %5300
  %5328 = select i1 %5265, float %5327, float %5326
  store float %5328, ptr %197, align 4
  %5329 = load float, ptr %197, align 4
  %5330 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5329, i32 16, i32 31)
  %5331 = fadd float %5329, %5330
  %5332 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5331, i32 8, i32 31)
  %5333 = fadd float %5331, %5332
  %5334 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5333, i32 4, i32 31)
  %5335 = fadd float %5333, %5334
  %5336 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5335, i32 2, i32 31)
  %5337 = fadd float %5335, %5336
  %5338 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5337, i32 1, i32 31)
  %5339 = fadd float %5337, %5338
  %5340 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %5339, i32 0, i32 31)
  %5341 = icmp eq i64 %5186, 0
  br i1 %5341, label %then740, label %endif741

done739:                                          ; preds = %loop737
  call void @llvm.nvvm.barrier0()
  %5342 = mul i64 %5146, %359
  %5343 = getelementptr i8, ptr %356, i64 %5342
  %5344 = getelementptr i8, ptr %5343, i64 23808
  %5345 = getelementptr i64, ptr %0, i64 0
  %5346 = load i64, ptr %5345, align 8
  %5347 = and i64 %5346, -256
  %5348 = inttoptr i64 %5347 to ptr
  %5349 = getelementptr i8, ptr %5348, i64 44833536
  %5350 = mul i64 %5146, %359
  %5351 = getelementptr i8, ptr %356, i64 %5350
  %5352 = getelementptr i8, ptr %5351, i64 0
  %5353 = mul i64 %907, 1
  %5354 = getelementptr i32, ptr %5352, i64 %5353
  %5355 = getelementptr i32, ptr %5354, i64 0
  %5356 = load i32, ptr %5355, align 4
  %5357 = sext i32 %5356 to i64
  %5358 = icmp slt i64 %5357, 0
  %5359 = icmp sge i64 %5357, 6
  %5360 = or i1 %5358, %5359
  br i1 %5360, label %then742, label %endif743

then740:                                          ; preds = %body738
  %5361 = getelementptr float, ptr %5179, i64 %5189
  store float %5340, ptr %5361, align 4
  br label %endif741

endif741:                                         ; preds = %then740, %body738
  %5362 = add i64 %5189, %5188
  store i64 %5362, ptr %198, align 8
  br label %loop737

then742:                                          ; preds = %done739
  %5363 = getelementptr i32, ptr %349, i64 2
  %5364 = cmpxchg ptr %5363, i32 0, i32 1 seq_cst seq_cst, align 4
  %5365 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 119, ptr %5365 monotonic, align 4
  br label %endif743

endif743:                                         ; preds = %then742, %done739
  %5366 = icmp slt i64 %5357, 5
  %5367 = select i1 %5366, i64 %5357, i64 5
  %5368 = icmp slt i64 0, %5367
  %5369 = select i1 %5368, i64 %5367, i64 0
  %5370 = mul i64 %5369, 288
  %5371 = getelementptr float, ptr %5349, i64 %5370
  %5372 = mul i64 %5146, %359
  %5373 = getelementptr i8, ptr %356, i64 %5372
  %5374 = getelementptr i8, ptr %5373, i64 656
  %5375 = mul i64 %5146, %359
  %5376 = getelementptr i8, ptr %356, i64 %5375
  %5377 = getelementptr i8, ptr %5376, i64 32
  %5378 = mul i64 %5146, %359
  %5379 = getelementptr i8, ptr %356, i64 %5378
  %5380 = getelementptr i8, ptr %5379, i64 48
  %5381 = mul i64 %5146, %359
  %5382 = getelementptr i8, ptr %356, i64 %5381
  %5383 = getelementptr i8, ptr %5382, i64 20352
  store i64 %337, ptr %196, align 8
  br label %loop744

loop744:                                          ; preds = %body745, %endif743
  %5384 = load i64, ptr %196, align 8
  %5385 = icmp slt i64 %5384, 288
  br i1 %5385, label %body745, label %done746

body745:                                          ; preds = %loop744
  %5386 = getelementptr float, ptr %5371, i64 %5384
  %5387 = load float, ptr %5386, align 4
  %5388 = getelementptr float, ptr %5374, i64 0
  %5389 = load float, ptr %5388, align 4
  %5390 = getelementptr float, ptr %5377, i64 0
  %5391 = load float, ptr %5390, align 4
  %5392 = fdiv float %5389, %5391
  %5393 = getelementptr float, ptr %5380, i64 0
  %5394 = load float, ptr %5393, align 4
  %5395 = fadd float %5392, %5394
  %5396 = fpext float %5395 to double
  %5397 = call double @llvm.sqrt.f64(double %5396)
  %5398 = fptrunc double %5397 to float
  %5399 = fdiv float 1.000000e+00, %5398
  %5400 = getelementptr float, ptr %5383, i64 %5384
  %5401 = load float, ptr %5400, align 4
  %5402 = fmul float %5399, %5401
  %5403 = fmul float %5387, %5402
  %5404 = getelementptr float, ptr %5344, i64 %5384
  store float %5403, ptr %5404, align 4
  %5405 = add i64 %5384, %341
  store i64 %5405, ptr %196, align 8
  br label %loop744

done746:                                          ; preds = %loop744
  call void @llvm.nvvm.barrier0()
  br label %endif733

then747:                                          ; preds = %done731
  fence syncscope("device") seq_cst
  %5406 = getelementptr i32, ptr %349, i64 1
  %5407 = load atomic i32, ptr %5406 syncscope("device") acquire, align 4
  %5408 = getelementptr i32, ptr %349, i64 0
  %5409 = atomicrmw add ptr %5408, i32 1 syncscope("device") acq_rel, align 4
  %5410 = sext i32 %5409 to i64
  %5411 = sub i64 %339, 1
  %5412 = icmp eq i64 %5410, %5411
  br i1 %5412, label %then749, label %else750

endif748:                                         ; preds = %endif751, %done731
  call void @llvm.nvvm.barrier0()
  %5413 = sdiv i64 %341, 32
  %5414 = sdiv i64 %337, 32
  %5415 = mul i64 %5414, %339
  %5416 = add i64 %5415, %335
  %5417 = mul i64 %343, %366
  %5418 = getelementptr i8, ptr %363, i64 %5417
  %5419 = mul i64 %346, 768
  %5420 = mul i64 %339, %5413
  %5421 = load i64, ptr %326, align 8
  %5422 = srem i64 %5421, %5420
  %5423 = sub i64 %5416, %5422
  %5424 = add i64 %5423, %5420
  %5425 = srem i64 %5424, %5420
  %5426 = add i64 %5422, %5419
  %5427 = srem i64 %5426, %5420
  store i64 %5427, ptr %326, align 8
  store i64 %5425, ptr %193, align 8
  br label %loop757

then749:                                          ; preds = %then747
  %5428 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %5428 syncscope("device") monotonic, align 4
  %5429 = getelementptr i32, ptr %349, i64 1
  %5430 = atomicrmw add ptr %5429, i32 1 syncscope("device") acq_rel, align 4
  br label %endif751

else750:                                          ; preds = %then747
  store i32 0, ptr %195, align 4
  store i1 true, ptr %194, align 1
  br label %while752

endif751:                                         ; preds = %wdone754, %then749
  fence syncscope("device") seq_cst
  br label %endif748

while752:                                         ; preds = %endif756, %else750
  %5431 = getelementptr i32, ptr %349, i64 1
  %5432 = load atomic i32, ptr %5431 syncscope("device") acquire, align 4
  %5433 = icmp eq i32 %5432, %5407
  %5434 = load i1, ptr %194, align 1
  %5435 = and i1 %5433, %5434
  br i1 %5435, label %wbody753, label %wdone754

wbody753:                                         ; preds = %while752
  call void @llvm.nvvm.nanosleep(i32 64)
  %5436 = load i32, ptr %195, align 4
  %5437 = add i32 %5436, 1
  store i32 %5437, ptr %195, align 4
  %5438 = and i32 %5437, 63
  %5439 = icmp eq i32 %5438, 0
  br i1 %5439, label %then755, label %endif756

wdone754:                                         ; preds = %while752
  br label %endif751

then755:                                          ; preds = %wbody753
  %5440 = getelementptr i32, ptr %349, i64 2
  %5441 = load atomic volatile i32, ptr %5440 monotonic, align 4
  %5442 = icmp eq i32 %5441, 0
  store i1 %5442, ptr %194, align 1
  br label %endif756

endif756:                                         ; preds = %then755, %wbody753
  br label %while752

loop757:                                          ; preds = %endif761, %endif748
  %5443 = load i64, ptr %193, align 8
  %5444 = icmp slt i64 %5443, %5419
  br i1 %5444, label %body758, label %done759

body758:                                          ; preds = %loop757
  %5445 = srem i64 %5443, %346
  %5446 = sdiv i64 %5443, %346
  %5447 = srem i64 %337, 32
  %5448 = mul i64 %5445, 8
  %5449 = add i64 %5448, 1
  %5450 = getelementptr i32, ptr %352, i64 %5449
  %5451 = load i32, ptr %5450, align 4
  %5452 = icmp eq i32 %5451, 0
  br i1 %5452, label %then760, label %endif761

done759:                                          ; preds = %loop757
  %5453 = sdiv i64 %341, 32
  %5454 = sdiv i64 %337, 32
  %5455 = mul i64 %5454, %339
  %5456 = add i64 %5455, %335
  %5457 = mul i64 %343, %366
  %5458 = getelementptr i8, ptr %363, i64 %5457
  %5459 = mul i64 %346, 768
  %5460 = mul i64 %339, %5453
  %5461 = load i64, ptr %326, align 8
  %5462 = srem i64 %5461, %5460
  %5463 = sub i64 %5456, %5462
  %5464 = add i64 %5463, %5460
  %5465 = srem i64 %5464, %5460
  %5466 = add i64 %5462, %5459
  %5467 = srem i64 %5466, %5460
  store i64 %5467, ptr %326, align 8
  store i64 %5465, ptr %188, align 8
  br label %loop783

then760:                                          ; preds = %body758
  %5468 = getelementptr i64, ptr %0, i64 0
  %5469 = load i64, ptr %5468, align 8
  %5470 = and i64 %5469, -256
  %5471 = inttoptr i64 %5470 to ptr
  %5472 = getelementptr i8, ptr %5471, i64 44840448
  %5473 = mul i64 %5445, %359
  %5474 = getelementptr i8, ptr %356, i64 %5473
  %5475 = getelementptr i8, ptr %5474, i64 0
  %5476 = mul i64 %907, 1
  %5477 = getelementptr i32, ptr %5475, i64 %5476
  %5478 = getelementptr i32, ptr %5477, i64 0
  %5479 = load i32, ptr %5478, align 4
  %5480 = sext i32 %5479 to i64
  %5481 = icmp slt i64 %5480, 0
  %5482 = icmp sge i64 %5480, 6
  %5483 = or i1 %5481, %5482
  br i1 %5483, label %then762, label %endif763

endif761:                                         ; preds = %endif765, %body758
  %5484 = add i64 %5443, %5420
  store i64 %5484, ptr %193, align 8
  br label %loop757

then762:                                          ; preds = %then760
  %5485 = getelementptr i32, ptr %349, i64 2
  %5486 = cmpxchg ptr %5485, i32 0, i32 1 seq_cst seq_cst, align 4
  %5487 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 127, ptr %5487 monotonic, align 4
  br label %endif763

endif763:                                         ; preds = %then762, %then760
  %5488 = icmp slt i64 %5480, 5
  %5489 = select i1 %5488, i64 %5480, i64 5
  %5490 = icmp slt i64 0, %5489
  %5491 = select i1 %5490, i64 %5489, i64 0
  %5492 = mul i64 %5491, 221184
  %5493 = getelementptr float, ptr %5472, i64 %5492
  %5494 = icmp slt i64 %5446, 768
  br i1 %5494, label %then764, label %endif765

then764:                                          ; preds = %endif763
  %5495 = add i64 %5443, %5420
  %5496 = sdiv i64 %5495, %346
  %5497 = srem i64 %5495, %346
  %5498 = icmp eq i64 %5497, %5445
  %5499 = icmp slt i64 %5496, 768
  %5500 = and i1 %5498, %5499
  br i1 %5500, label %then766, label %endif767

endif765:                                         ; preds = %endif779, %endif763
  br label %endif761

then766:                                          ; preds = %then764
  %5501 = getelementptr i64, ptr %0, i64 0
  %5502 = load i64, ptr %5501, align 8
  %5503 = and i64 %5502, -256
  %5504 = inttoptr i64 %5503 to ptr
  %5505 = getelementptr i8, ptr %5504, i64 44840448
  %5506 = mul i64 %5445, %359
  %5507 = getelementptr i8, ptr %356, i64 %5506
  %5508 = getelementptr i8, ptr %5507, i64 0
  %5509 = mul i64 %907, 1
  %5510 = getelementptr i32, ptr %5508, i64 %5509
  %5511 = getelementptr i32, ptr %5510, i64 0
  %5512 = load i32, ptr %5511, align 4
  %5513 = sext i32 %5512 to i64
  %5514 = icmp slt i64 %5513, 0
  %5515 = icmp sge i64 %5513, 6
  %5516 = or i1 %5514, %5515
  br i1 %5516, label %then768, label %endif769

endif767:                                         ; preds = %done772, %then764
  %5517 = mul i64 %5445, %359
  %5518 = getelementptr i8, ptr %356, i64 %5517
  %5519 = getelementptr i8, ptr %5518, i64 24960
  %5520 = getelementptr i64, ptr %0, i64 0
  %5521 = load i64, ptr %5520, align 8
  %5522 = and i64 %5521, -256
  %5523 = inttoptr i64 %5522 to ptr
  %5524 = getelementptr i8, ptr %5523, i64 44840448
  %5525 = mul i64 %5445, %359
  %5526 = getelementptr i8, ptr %356, i64 %5525
  %5527 = getelementptr i8, ptr %5526, i64 0
  %5528 = mul i64 %907, 1
  %5529 = getelementptr i32, ptr %5527, i64 %5528
  %5530 = getelementptr i32, ptr %5529, i64 0
  %5531 = load i32, ptr %5530, align 4
  %5532 = sext i32 %5531 to i64
  %5533 = icmp slt i64 %5532, 0
  %5534 = icmp sge i64 %5532, 6
  %5535 = or i1 %5533, %5534
  br i1 %5535, label %then773, label %endif774

then768:                                          ; preds = %then766
  %5536 = getelementptr i32, ptr %349, i64 2
  %5537 = cmpxchg ptr %5536, i32 0, i32 1 seq_cst seq_cst, align 4
  %5538 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 127, ptr %5538 monotonic, align 4
  br label %endif769

endif769:                                         ; preds = %then768, %then766
  %5539 = icmp slt i64 %5513, 5
  %5540 = select i1 %5539, i64 %5513, i64 5
  %5541 = icmp slt i64 0, %5540
  %5542 = select i1 %5541, i64 %5540, i64 0
  %5543 = mul i64 %5542, 221184
  %5544 = getelementptr float, ptr %5505, i64 %5543
  %5545 = mul i64 %5496, 288
  %5546 = getelementptr float, ptr %5544, i64 %5545
  %5547 = mul i64 %5447, 128
  store i64 %5547, ptr %192, align 8
  br label %loop770

loop770:                                          ; preds = %body771, %endif769
  %5548 = load i64, ptr %192, align 8
  %5549 = icmp slt i64 %5548, 1152
  br i1 %5549, label %body771, label %done772

body771:                                          ; preds = %loop770
  %5550 = getelementptr i8, ptr %5546, i64 %5548
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %5550)
  %5551 = add i64 %5548, 4096
  store i64 %5551, ptr %192, align 8
  br label %loop770

done772:                                          ; preds = %loop770
  br label %endif767

then773:                                          ; preds = %endif767
  %5552 = getelementptr i32, ptr %349, i64 2
  %5553 = cmpxchg ptr %5552, i32 0, i32 1 seq_cst seq_cst, align 4
  %5554 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 127, ptr %5554 monotonic, align 4
  br label %endif774

endif774:                                         ; preds = %then773, %endif767
  %5555 = icmp slt i64 %5532, 5
  %5556 = select i1 %5555, i64 %5532, i64 5
  %5557 = icmp slt i64 0, %5556
  %5558 = select i1 %5557, i64 %5556, i64 0
  %5559 = mul i64 %5558, 221184
  %5560 = getelementptr float, ptr %5524, i64 %5559
  %5561 = mul i64 %5446, 288
  %5562 = getelementptr float, ptr %5560, i64 %5561
  %5563 = getelementptr i8, ptr %5418, i64 0
  %5564 = mul i64 %5445, %359
  %5565 = getelementptr i8, ptr %356, i64 %5564
  %5566 = getelementptr i8, ptr %5565, i64 23808
  store i64 0, ptr %191, align 8
  br label %loop775

loop775:                                          ; preds = %body776, %endif774
  %5567 = load i64, ptr %191, align 8
  %5568 = icmp slt i64 %5567, 1
  br i1 %5568, label %body776, label %done777

body776:                                          ; preds = %loop775
  %5569 = sdiv i64 %5567, 1
  %5570 = srem i64 %5567, 1
  %5571 = mul i64 %5569, 288
  %5572 = mul i64 %5571, 1
  %5573 = add i64 %5572, %5570
  store float 0.000000e+00, ptr %190, align 4
  %5574 = add i64 %5447, 0
  %5575 = mul i64 %5574, 4
  %5576 = add i64 %5575, 0
  %5577 = mul i64 %5576, 1
  %5578 = add i64 %5573, %5577
  %5579 = getelementptr float, ptr %5562, i64 %5578
  %5580 = load float, ptr %5579, align 4
  %5581 = getelementptr float, ptr %5566, i64 %5578
  %5582 = load float, ptr %5581, align 4
  %5583 = fmul float %5580, %5582
  %5584 = add i64 %5575, 1
  %5585 = mul i64 %5584, 1
  %5586 = add i64 %5573, %5585
  %5587 = getelementptr float, ptr %5562, i64 %5586
  %5588 = load float, ptr %5587, align 4
  %5589 = getelementptr float, ptr %5566, i64 %5586
  %5590 = load float, ptr %5589, align 4
  %5591 = fmul float %5588, %5590
  %5592 = add i64 %5575, 2
  %5593 = mul i64 %5592, 1
  %5594 = add i64 %5573, %5593
  %5595 = getelementptr float, ptr %5562, i64 %5594
  %5596 = load float, ptr %5595, align 4
  %5597 = getelementptr float, ptr %5566, i64 %5594
  %5598 = load float, ptr %5597, align 4
  %5599 = fmul float %5596, %5598
  %5600 = add i64 %5575, 3
  %5601 = mul i64 %5600, 1
  %5602 = add i64 %5573, %5601
  %5603 = getelementptr float, ptr %5562, i64 %5602
  %5604 = load float, ptr %5603, align 4
  %5605 = getelementptr float, ptr %5566, i64 %5602
  %5606 = load float, ptr %5605, align 4
  %5607 = fmul float %5604, %5606
  %5608 = add i64 %5447, 32
  %5609 = mul i64 %5608, 4
  %5610 = add i64 %5609, 0
  %5611 = mul i64 %5610, 1
  %5612 = add i64 %5573, %5611
  %5613 = getelementptr float, ptr %5562, i64 %5612
  %5614 = load float, ptr %5613, align 4
  %5615 = getelementptr float, ptr %5566, i64 %5612
  %5616 = load float, ptr %5615, align 4
  %5617 = fmul float %5614, %5616
  %5618 = add i64 %5609, 1
  %5619 = mul i64 %5618, 1
  %5620 = add i64 %5573, %5619
  %5621 = getelementptr float, ptr %5562, i64 %5620
  %5622 = load float, ptr %5621, align 4
  %5623 = getelementptr float, ptr %5566, i64 %5620
  %5624 = load float, ptr %5623, align 4
  %5625 = fmul float %5622, %5624
  %5626 = add i64 %5609, 2
  %5627 = mul i64 %5626, 1
  %5628 = add i64 %5573, %5627
  %5629 = getelementptr float, ptr %5562, i64 %5628
  %5630 = load float, ptr %5629, align 4
  %5631 = getelementptr float, ptr %5566, i64 %5628
  %5632 = load float, ptr %5631, align 4
  %5633 = fmul float %5630, %5632
  %5634 = add i64 %5609, 3
  %5635 = mul i64 %5634, 1
  %5636 = add i64 %5573, %5635
  %5637 = getelementptr float, ptr %5562, i64 %5636
  %5638 = load float, ptr %5637, align 4
  %5639 = getelementptr float, ptr %5566, i64 %5636
  %5640 = load float, ptr %5639, align 4
  %5641 = fmul float %5638, %5640
  %5642 = add i64 %5447, 64
  %5643 = icmp slt i64 %5642, 72
  %5644 = icmp slt i64 %5642, 71
  %5645 = select i1 %5644, i64 %5642, i64 71
  %5646 = mul i64 %5645, 4
  %5647 = add i64 %5646, 0
  %5648 = mul i64 %5647, 1
  %5649 = add i64 %5573, %5648
  %5650 = getelementptr float, ptr %5562, i64 %5649
  %5651 = load float, ptr %5650, align 4
  %5652 = getelementptr float, ptr %5566, i64 %5649
  %5653 = load float, ptr %5652, align 4
  %5654 = fmul float %5651, %5653
  %5655 = add i64 %5646, 1
  %5656 = mul i64 %5655, 1
  %5657 = add i64 %5573, %5656
  %5658 = getelementptr float, ptr %5562, i64 %5657
  %5659 = load float, ptr %5658, align 4
  %5660 = getelementptr float, ptr %5566, i64 %5657
  %5661 = load float, ptr %5660, align 4
  %5662 = fmul float %5659, %5661
  %5663 = add i64 %5646, 2
  %5664 = mul i64 %5663, 1
  %5665 = add i64 %5573, %5664
  %5666 = getelementptr float, ptr %5562, i64 %5665
  %5667 = load float, ptr %5666, align 4
  %5668 = getelementptr float, ptr %5566, i64 %5665
  %5669 = load float, ptr %5668, align 4
  %5670 = fmul float %5667, %5669
  %5671 = add i64 %5646, 3
  %5672 = mul i64 %5671, 1
  %5673 = add i64 %5573, %5672
  %5674 = getelementptr float, ptr %5562, i64 %5673
  %5675 = load float, ptr %5674, align 4
  %5676 = getelementptr float, ptr %5566, i64 %5673
  %5677 = load float, ptr %5676, align 4
  %5678 = fmul float %5675, %5677
  %5679 = load float, ptr %190, align 4
  %5680 = fadd float %5679, %5583
  store float %5680, ptr %190, align 4
  %5681 = load float, ptr %190, align 4
  %5682 = fadd float %5681, %5591
  store float %5682, ptr %190, align 4
  %5683 = load float, ptr %190, align 4
  %5684 = fadd float %5683, %5599
  store float %5684, ptr %190, align 4
  %5685 = load float, ptr %190, align 4
  %5686 = fadd float %5685, %5607
  store float %5686, ptr %190, align 4
  %5687 = load float, ptr %190, align 4
  %5688 = fadd float %5687, %5617
  store float %5688, ptr %190, align 4
  %5689 = load float, ptr %190, align 4
  %5690 = fadd float %5689, %5625
  store float %5690, ptr %190, align 4
  %5691 = load float, ptr %190, align 4
  %5692 = fadd float %5691, %5633
  store float %5692, ptr %190, align 4
  %5693 = load float, ptr %190, align 4
  %5694 = fadd float %5693, %5641
  store float %5694, ptr %190, align 4
  %5695 = load float, ptr %190, align 4
  %5696 = fadd float %5695, %5654
  %5697 = select i1 %5643, float %5696, float %5695
  store float %5697, ptr %190, align 4
  %5698 = load float, ptr %190, align 4
  %5699 = fadd float %5698, %5662
  %5700 = select i1 %5643, float %5699, float %5698
  store float %5700, ptr %190, align 4
  %5701 = load float, ptr %190, align 4
  %5702 = fadd float %5701, %5670
  %5703 = select i1 %5643, float %5702, float %5701
  store float %5703, ptr %190, align 4
  %5704 = load float, ptr %190, align 4
  %5705 = fadd float %5704, %5678
  %5706 = select i1 %5643, float %5705, float %5704
  store float %5706, ptr %190, align 4
  %5707 = load float, ptr %190, align 4
  %5708 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5707, i32 16, i32 31)
  %5709 = fadd float %5707, %5708
  %5710 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5709, i32 8, i32 31)
  %5711 = fadd float %5709, %5710
  %5712 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5711, i32 4, i32 31)
  %5713 = fadd float %5711, %5712
  %5714 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5713, i32 2, i32 31)
  %5715 = fadd float %5713, %5714
  %5716 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5715, i32 1, i32 31)
  %5717 = fadd float %5715, %5716
  %5718 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %5717, i32 0, i32 31)
  %5719 = getelementptr float, ptr %5563, i64 %5567
  store float %5718, ptr %5719, align 4
  %5720 = add i64 %5567, 1
  store i64 %5720, ptr %191, align 8
  br label %loop775

done777:                                          ; preds = %loop775
  %5721 = icmp eq i64 %5447, 0
  br i1 %5721, label %then778, label %endif779

then778:                                          ; preds = %done777
  %5722 = getelementptr i8, ptr %5418, i64 0
  %5723 = mul i64 %5446, 1
  %5724 = getelementptr float, ptr %5519, i64 %5723
  store i64 0, ptr %189, align 8
  br label %loop780

endif779:                                         ; preds = %done782, %done777
  br label %endif765

loop780:                                          ; preds = %body781, %then778
  %5725 = load i64, ptr %189, align 8
  %5726 = icmp slt i64 %5725, 1
  br i1 %5726, label %body781, label %done782

body781:                                          ; preds = %loop780
  %5727 = getelementptr float, ptr %5722, i64 %5725
  %5728 = load float, ptr %5727, align 4
  %5729 = getelementptr float, ptr %5724, i64 %5725
  store float %5728, ptr %5729, align 4
  %5730 = add i64 %5725, 1
  store i64 %5730, ptr %189, align 8
  br label %loop780

done782:                                          ; preds = %loop780
  br label %endif779

loop783:                                          ; preds = %endif787, %done759
  %5731 = load i64, ptr %188, align 8
  %5732 = icmp slt i64 %5731, %5459
  br i1 %5732, label %body784, label %done785

body784:                                          ; preds = %loop783
  %5733 = srem i64 %5731, %346
  %5734 = sdiv i64 %5731, %346
  %5735 = srem i64 %337, 32
  %5736 = mul i64 %5733, 8
  %5737 = add i64 %5736, 1
  %5738 = getelementptr i32, ptr %352, i64 %5737
  %5739 = load i32, ptr %5738, align 4
  %5740 = icmp eq i32 %5739, 0
  br i1 %5740, label %then786, label %endif787

done785:                                          ; preds = %loop783
  call void @llvm.nvvm.barrier0()
  %5741 = icmp eq i64 %337, 0
  br i1 %5741, label %then809, label %endif810

then786:                                          ; preds = %body784
  %5742 = getelementptr i64, ptr %0, i64 0
  %5743 = load i64, ptr %5742, align 8
  %5744 = and i64 %5743, -256
  %5745 = inttoptr i64 %5744 to ptr
  %5746 = getelementptr i8, ptr %5745, i64 55457280
  %5747 = mul i64 %5733, %359
  %5748 = getelementptr i8, ptr %356, i64 %5747
  %5749 = getelementptr i8, ptr %5748, i64 0
  %5750 = mul i64 %907, 1
  %5751 = getelementptr i32, ptr %5749, i64 %5750
  %5752 = getelementptr i32, ptr %5751, i64 0
  %5753 = load i32, ptr %5752, align 4
  %5754 = sext i32 %5753 to i64
  %5755 = icmp slt i64 %5754, 0
  %5756 = icmp sge i64 %5754, 6
  %5757 = or i1 %5755, %5756
  br i1 %5757, label %then788, label %endif789

endif787:                                         ; preds = %endif791, %body784
  %5758 = add i64 %5731, %5460
  store i64 %5758, ptr %188, align 8
  br label %loop783

then788:                                          ; preds = %then786
  %5759 = getelementptr i32, ptr %349, i64 2
  %5760 = cmpxchg ptr %5759, i32 0, i32 1 seq_cst seq_cst, align 4
  %5761 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 131, ptr %5761 monotonic, align 4
  br label %endif789

endif789:                                         ; preds = %then788, %then786
  %5762 = icmp slt i64 %5754, 5
  %5763 = select i1 %5762, i64 %5754, i64 5
  %5764 = icmp slt i64 0, %5763
  %5765 = select i1 %5764, i64 %5763, i64 0
  %5766 = mul i64 %5765, 221184
  %5767 = getelementptr float, ptr %5746, i64 %5766
  %5768 = icmp slt i64 %5734, 768
  br i1 %5768, label %then790, label %endif791

then790:                                          ; preds = %endif789
  %5769 = add i64 %5731, %5460
  %5770 = sdiv i64 %5769, %346
  %5771 = srem i64 %5769, %346
  %5772 = icmp eq i64 %5771, %5733
  %5773 = icmp slt i64 %5770, 768
  %5774 = and i1 %5772, %5773
  br i1 %5774, label %then792, label %endif793

endif791:                                         ; preds = %endif805, %endif789
  br label %endif787

then792:                                          ; preds = %then790
  %5775 = getelementptr i64, ptr %0, i64 0
  %5776 = load i64, ptr %5775, align 8
  %5777 = and i64 %5776, -256
  %5778 = inttoptr i64 %5777 to ptr
  %5779 = getelementptr i8, ptr %5778, i64 55457280
  %5780 = mul i64 %5733, %359
  %5781 = getelementptr i8, ptr %356, i64 %5780
  %5782 = getelementptr i8, ptr %5781, i64 0
  %5783 = mul i64 %907, 1
  %5784 = getelementptr i32, ptr %5782, i64 %5783
  %5785 = getelementptr i32, ptr %5784, i64 0
  %5786 = load i32, ptr %5785, align 4
  %5787 = sext i32 %5786 to i64
  %5788 = icmp slt i64 %5787, 0
  %5789 = icmp sge i64 %5787, 6
  %5790 = or i1 %5788, %5789
  br i1 %5790, label %then794, label %endif795

endif793:                                         ; preds = %done798, %then790
  %5791 = mul i64 %5733, %359
  %5792 = getelementptr i8, ptr %356, i64 %5791
  %5793 = getelementptr i8, ptr %5792, i64 28032
  %5794 = getelementptr i64, ptr %0, i64 0
  %5795 = load i64, ptr %5794, align 8
  %5796 = and i64 %5795, -256
  %5797 = inttoptr i64 %5796 to ptr
  %5798 = getelementptr i8, ptr %5797, i64 55457280
  %5799 = mul i64 %5733, %359
  %5800 = getelementptr i8, ptr %356, i64 %5799
  %5801 = getelementptr i8, ptr %5800, i64 0
  %5802 = mul i64 %907, 1
  %5803 = getelementptr i32, ptr %5801, i64 %5802
  %5804 = getelementptr i32, ptr %5803, i64 0
  %5805 = load i32, ptr %5804, align 4
  %5806 = sext i32 %5805 to i64
  %5807 = icmp slt i64 %5806, 0
  %5808 = icmp sge i64 %5806, 6
  %5809 = or i1 %5807, %5808
  br i1 %5809, label %then799, label %endif800

then794:                                          ; preds = %then792
  %5810 = getelementptr i32, ptr %349, i64 2
  %5811 = cmpxchg ptr %5810, i32 0, i32 1 seq_cst seq_cst, align 4
  %5812 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 131, ptr %5812 monotonic, align 4
  br label %endif795

endif795:                                         ; preds = %then794, %then792
  %5813 = icmp slt i64 %5787, 5
  %5814 = select i1 %5813, i64 %5787, i64 5
  %5815 = icmp slt i64 0, %5814
  %5816 = select i1 %5815, i64 %5814, i64 0
  %5817 = mul i64 %5816, 221184
  %5818 = getelementptr float, ptr %5779, i64 %5817
  %5819 = mul i64 %5770, 288
  %5820 = getelementptr float, ptr %5818, i64 %5819
  %5821 = mul i64 %5735, 128
  store i64 %5821, ptr %187, align 8
  br label %loop796

loop796:                                          ; preds = %body797, %endif795
  %5822 = load i64, ptr %187, align 8
  %5823 = icmp slt i64 %5822, 1152
  br i1 %5823, label %body797, label %done798

body797:                                          ; preds = %loop796
  %5824 = getelementptr i8, ptr %5820, i64 %5822
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %5824)
  %5825 = add i64 %5822, 4096
  store i64 %5825, ptr %187, align 8
  br label %loop796

done798:                                          ; preds = %loop796
  br label %endif793

then799:                                          ; preds = %endif793
  %5826 = getelementptr i32, ptr %349, i64 2
  %5827 = cmpxchg ptr %5826, i32 0, i32 1 seq_cst seq_cst, align 4
  %5828 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 131, ptr %5828 monotonic, align 4
  br label %endif800

endif800:                                         ; preds = %then799, %endif793
  %5829 = icmp slt i64 %5806, 5
  %5830 = select i1 %5829, i64 %5806, i64 5
  %5831 = icmp slt i64 0, %5830
  %5832 = select i1 %5831, i64 %5830, i64 0
  %5833 = mul i64 %5832, 221184
  %5834 = getelementptr float, ptr %5798, i64 %5833
  %5835 = mul i64 %5734, 288
  %5836 = getelementptr float, ptr %5834, i64 %5835
  %5837 = getelementptr i8, ptr %5458, i64 0
  %5838 = mul i64 %5733, %359
  %5839 = getelementptr i8, ptr %356, i64 %5838
  %5840 = getelementptr i8, ptr %5839, i64 23808
  store i64 0, ptr %186, align 8
  br label %loop801

loop801:                                          ; preds = %body802, %endif800
  %5841 = load i64, ptr %186, align 8
  %5842 = icmp slt i64 %5841, 1
  br i1 %5842, label %body802, label %done803

body802:                                          ; preds = %loop801
  %5843 = sdiv i64 %5841, 1
  %5844 = srem i64 %5841, 1
  %5845 = mul i64 %5843, 288
  %5846 = mul i64 %5845, 1
  %5847 = add i64 %5846, %5844
  store float 0.000000e+00, ptr %185, align 4
  %5848 = add i64 %5735, 0
  %5849 = mul i64 %5848, 4
  %5850 = add i64 %5849, 0
  %5851 = mul i64 %5850, 1
  %5852 = add i64 %5847, %5851
  %5853 = getelementptr float, ptr %5836, i64 %5852
  %5854 = load float, ptr %5853, align 4
  %5855 = getelementptr float, ptr %5840, i64 %5852
  %5856 = load float, ptr %5855, align 4
  %5857 = fmul float %5854, %5856
  %5858 = add i64 %5849, 1
  %5859 = mul i64 %5858, 1
  %5860 = add i64 %5847, %5859
  %5861 = getelementptr float, ptr %5836, i64 %5860
  %5862 = load float, ptr %5861, align 4
  %5863 = getelementptr float, ptr %5840, i64 %5860
  %5864 = load float, ptr %5863, align 4
  %5865 = fmul float %5862, %5864
  %5866 = add i64 %5849, 2
  %5867 = mul i64 %5866, 1
  %5868 = add i64 %5847, %5867
  %5869 = getelementptr float, ptr %5836, i64 %5868
  %5870 = load float, ptr %5869, align 4
  %5871 = getelementptr float, ptr %5840, i64 %5868
  %5872 = load float, ptr %5871, align 4
  %5873 = fmul float %5870, %5872
  %5874 = add i64 %5849, 3
  %5875 = mul i64 %5874, 1
  %5876 = add i64 %5847, %5875
  %5877 = getelementptr float, ptr %5836, i64 %5876
  %5878 = load float, ptr %5877, align 4
  %5879 = getelementptr float, ptr %5840, i64 %5876
  %5880 = load float, ptr %5879, align 4
  %5881 = fmul float %5878, %5880
  %5882 = add i64 %5735, 32
  %5883 = mul i64 %5882, 4
  %5884 = add i64 %5883, 0
  %5885 = mul i64 %5884, 1
  %5886 = add i64 %5847, %5885
  %5887 = getelementptr float, ptr %5836, i64 %5886
  %5888 = load float, ptr %5887, align 4
  %5889 = getelementptr float, ptr %5840, i64 %5886
  %5890 = load float, ptr %5889, align 4
  %5891 = fmul float %5888, %5890
  %5892 = add i64 %5883, 1
  %5893 = mul i64 %5892, 1
  %5894 = add i64 %5847, %5893
  %5895 = getelementptr float, ptr %5836, i64 %5894
  %5896 = load float, ptr %5895, align 4
  %5897 = getelementptr float, ptr %5840, i64 %5894
  %5898 = load float, ptr %5897, align 4
  %5899 = fmul float %5896, %5898
  %5900 = add i64 %5883, 2
  %5901 = mul i64 %5900, 1
  %5902 = add i64 %5847, %5901
  %5903 = getelementptr float, ptr %5836, i64 %5902
  %5904 = load float, ptr %5903, align 4
  %5905 = getelementptr float, ptr %5840, i64 %5902
  %5906 = load float, ptr %5905, align 4
  %5907 = fmul float %5904, %5906
  %5908 = add i64 %5883, 3
  %5909 = mul i64 %5908, 1
  %5910 = add i64 %5847, %5909
  %5911 = getelementptr float, ptr %5836, i64 %5910
  %5912 = load float, ptr %5911, align 4
  %5913 = getelementptr float, ptr %5840, i64 %5910
  %5914 = load float, ptr %5913, align 4
  %5915 = fmul float %5912, %5914
  %5916 = add i64 %5735, 64
  %5917 = icmp slt i64 %5916, 72
  %5918 = icmp slt i64 %5916, 71
  %5919 = select i1 %5918, i64 %5916, i64 71
  %5920 = mul i64 %5919, 4
  %5921 = add i64 %5920, 0
  %5922 = mul i64 %5921, 1
  %5923 = add i64 %5847, %5922
  %5924 = getelementptr float, ptr %5836, i64 %5923
  %5925 = load float, ptr %5924, align 4
  %5926 = getelementptr float, ptr %5840, i64 %5923
  %5927 = load float, ptr %5926, align 4
  %5928 = fmul float %5925, %5927
  %5929 = add i64 %5920, 1
  %5930 = mul i64 %5929, 1
  %5931 = add i64 %5847, %5930
  %5932 = getelementptr float, ptr %5836, i64 %5931
  %5933 = load float, ptr %5932, align 4
  %5934 = getelementptr float, ptr %5840, i64 %5931
  %5935 = load float, ptr %5934, align 4
  %5936 = fmul float %5933, %5935
  %5937 = add i64 %5920, 2
  %5938 = mul i64 %5937, 1
  %5939 = add i64 %5847, %5938
  %5940 = getelementptr float, ptr %5836, i64 %5939
  %5941 = load float, ptr %5940, align 4
  %5942 = getelementptr float, ptr %5840, i64 %5939
  %5943 = load float, ptr %5942, align 4
  %5944 = fmul float %5941, %5943
  %5945 = add i64 %5920, 3
  %5946 = mul i64 %5945, 1
  %5947 = add i64 %5847, %5946
  %5948 = getelementptr float, ptr %5836, i64 %5947
  %5949 = load float, ptr %5948, align 4
  %5950 = getelementptr float, ptr %5840, i64 %5947
  %5951 = load float, ptr %5950, align 4
  %5952 = fmul float %5949, %5951
  %5953 = load float, ptr %185, align 4
  %5954 = fadd float %5953, %5857
  store float %5954, ptr %185, align 4
  %5955 = load float, ptr %185, align 4
  %5956 = fadd float %5955, %5865
  store float %5956, ptr %185, align 4
  %5957 = load float, ptr %185, align 4
  %5958 = fadd float %5957, %5873
  store float %5958, ptr %185, align 4
  %5959 = load float, ptr %185, align 4
  %5960 = fadd float %5959, %5881
  store float %5960, ptr %185, align 4
  %5961 = load float, ptr %185, align 4
  %5962 = fadd float %5961, %5891
  store float %5962, ptr %185, align 4
  %5963 = load float, ptr %185, align 4
  %5964 = fadd float %5963, %5899
  store float %5964, ptr %185, align 4
  %5965 = load float, ptr %185, align 4
  %5966 = fadd float %5965, %5907
  store float %5966, ptr %185, align 4
  %5967 = load float, ptr %185, align 4
  %5968 = fadd float %5967, %5915
  store float %5968, ptr %185, align 4
  %5969 = load float, ptr %185, align 4
  %5970 = fadd float %5969, %5928
  %5971 = select i1 %5917, float %5970, float %5969
  store float %5971, ptr %185, align 4
  %5972 = load float, ptr %185, align 4
  %5973 = fadd float %5972, %5936
  %5974 = select i1 %5917, float %5973, float %5972
  store float %5974, ptr %185, align 4
  %5975 = load float, ptr %185, align 4
  %5976 = fadd float %5975, %5944
  %5977 = select i1 %5917, float %5976, float %5975
  store float %5977, ptr %185, align 4
  %5978 = load float, ptr %185, align 4
  %5979 = fadd float %5978, %5952
  %5980 = select i1 %5917, float %5979, float %5978
  store float %5980, ptr %185, align 4
  %5981 = load float, ptr %185, align 4
  %5982 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5981, i32 16, i32 31)
  %5983 = fadd float %5981, %5982
  %5984 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5983, i32 8, i32 31)
  %5985 = fadd float %5983, %5984
  %5986 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5985, i32 4, i32 31)
  %5987 = fadd float %5985, %5986
  %5988 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5987, i32 2, i32 31)
  %5989 = fadd float %5987, %5988
  %5990 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %5989, i32 1, i32 31)
  %5991 = fadd float %5989, %5990
  %5992 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %5991, i32 0, i32 31)
  %5993 = getelementptr float, ptr %5837, i64 %5841
  store float %5992, ptr %5993, align 4
  %5994 = add i64 %5841, 1
  store i64 %5994, ptr %186, align 8
  br label %loop801

done803:                                          ; preds = %loop801
  %5995 = icmp eq i64 %5735, 0
  br i1 %5995, label %then804, label %endif805

then804:                                          ; preds = %done803
  %5996 = getelementptr i8, ptr %5458, i64 0
  %5997 = mul i64 %5734, 1
  %5998 = getelementptr float, ptr %5793, i64 %5997
  store i64 0, ptr %184, align 8
  br label %loop806

endif805:                                         ; preds = %done808, %done803
  br label %endif791

loop806:                                          ; preds = %body807, %then804
  %5999 = load i64, ptr %184, align 8
  %6000 = icmp slt i64 %5999, 1
  br i1 %6000, label %body807, label %done808

body807:                                          ; preds = %loop806
  %6001 = getelementptr float, ptr %5996, i64 %5999
  %6002 = load float, ptr %6001, align 4
  %6003 = getelementptr float, ptr %5998, i64 %5999
  store float %6002, ptr %6003, align 4
  %6004 = add i64 %5999, 1
  store i64 %6004, ptr %184, align 8
  br label %loop806

done808:                                          ; preds = %loop806
  br label %endif805

then809:                                          ; preds = %done785
  fence syncscope("device") seq_cst
  %6005 = getelementptr i32, ptr %349, i64 18
  %6006 = atomicrmw add ptr %6005, i32 1 syncscope("device") release, align 4
  br label %endif810

endif810:                                         ; preds = %then809, %done785
  %6007 = load i32, ptr %330, align 4
  %6008 = add i32 %6007, 1
  store i32 %6008, ptr %330, align 4
  %6009 = icmp slt i64 %335, %346
  br i1 %6009, label %then811, label %endif812

then811:                                          ; preds = %endif810
  %6010 = icmp eq i64 %337, 0
  br i1 %6010, label %then813, label %endif814

endif812:                                         ; preds = %endif814, %endif810
  store i64 %335, ptr %181, align 8
  br label %loop820

then813:                                          ; preds = %then811
  %6011 = load i32, ptr %330, align 4
  %6012 = trunc i64 %339 to i32
  %6013 = mul i32 %6011, %6012
  store i32 0, ptr %183, align 4
  store i1 true, ptr %182, align 1
  br label %while815

endif814:                                         ; preds = %wdone817, %then811
  call void @llvm.nvvm.barrier0()
  br label %endif812

while815:                                         ; preds = %endif819, %then813
  %6014 = getelementptr i32, ptr %349, i64 18
  %6015 = load atomic i32, ptr %6014 syncscope("device") acquire, align 4
  %6016 = sub i32 %6015, %6013
  %6017 = icmp slt i32 %6016, 0
  %6018 = load i1, ptr %182, align 1
  %6019 = and i1 %6017, %6018
  br i1 %6019, label %wbody816, label %wdone817

wbody816:                                         ; preds = %while815
  call void @llvm.nvvm.nanosleep(i32 64)
  %6020 = load i32, ptr %183, align 4
  %6021 = add i32 %6020, 1
  store i32 %6021, ptr %183, align 4
  %6022 = and i32 %6021, 63
  %6023 = icmp eq i32 %6022, 0
  br i1 %6023, label %then818, label %endif819

wdone817:                                         ; preds = %while815
  fence syncscope("device") seq_cst
  br label %endif814

then818:                                          ; preds = %wbody816
  %6024 = getelementptr i32, ptr %349, i64 2
  %6025 = load atomic volatile i32, ptr %6024 monotonic, align 4
  %6026 = icmp eq i32 %6025, 0
  store i1 %6026, ptr %182, align 1
  br label %endif819

endif819:                                         ; preds = %then818, %wbody816
  br label %while815

loop820:                                          ; preds = %endif824, %endif812
  %6027 = load i64, ptr %181, align 8
  %6028 = icmp slt i64 %6027, %346
  br i1 %6028, label %body821, label %done822

body821:                                          ; preds = %loop820
  %6029 = mul i64 %6027, 8
  %6030 = add i64 %6029, 1
  %6031 = getelementptr i32, ptr %352, i64 %6030
  %6032 = load i32, ptr %6031, align 4
  %6033 = icmp eq i32 %6032, 0
  br i1 %6033, label %then823, label %endif824

done822:                                          ; preds = %loop820
  call void @llvm.nvvm.barrier0()
  %6034 = icmp eq i64 %337, 0
  br i1 %6034, label %then828, label %endif829

then823:                                          ; preds = %body821
  %6035 = mul i64 %6027, %359
  %6036 = getelementptr i8, ptr %356, i64 %6035
  %6037 = getelementptr i8, ptr %6036, i64 31104
  %6038 = mul i64 %6027, %359
  %6039 = getelementptr i8, ptr %356, i64 %6038
  %6040 = getelementptr i8, ptr %6039, i64 24960
  %6041 = mul i64 %6027, %359
  %6042 = getelementptr i8, ptr %356, i64 %6041
  %6043 = getelementptr i8, ptr %6042, i64 28032
  store i64 %337, ptr %180, align 8
  br label %loop825

endif824:                                         ; preds = %done827, %body821
  %6044 = add i64 %6027, %339
  store i64 %6044, ptr %181, align 8
  br label %loop820

loop825:                                          ; preds = %body826, %then823
  %6045 = load i64, ptr %180, align 8
  %6046 = icmp slt i64 %6045, 768
  br i1 %6046, label %body826, label %done827

body826:                                          ; preds = %loop825
  %6047 = getelementptr float, ptr %6040, i64 %6045
  %6048 = load float, ptr %6047, align 4
  %6049 = fneg float %6048
  %6050 = fpext float %6049 to double
  %6051 = call double @fractal_exp(double %6050)
  %6052 = fptrunc double %6051 to float
  %6053 = fadd float 1.000000e+00, %6052
  %6054 = fdiv float 1.000000e+00, %6053
  %6055 = fmul float %6048, %6054
  %6056 = getelementptr float, ptr %6043, i64 %6045
  %6057 = load float, ptr %6056, align 4
  %6058 = fmul float %6055, %6057
  %6059 = getelementptr float, ptr %6037, i64 %6045
  store float %6058, ptr %6059, align 4
  %6060 = add i64 %6045, %341
  store i64 %6060, ptr %180, align 8
  br label %loop825

done827:                                          ; preds = %loop825
  call void @llvm.nvvm.barrier0()
  br label %endif824

then828:                                          ; preds = %done822
  fence syncscope("device") seq_cst
  %6061 = getelementptr i32, ptr %349, i64 1
  %6062 = load atomic i32, ptr %6061 syncscope("device") acquire, align 4
  %6063 = getelementptr i32, ptr %349, i64 0
  %6064 = atomicrmw add ptr %6063, i32 1 syncscope("device") acq_rel, align 4
  %6065 = sext i32 %6064 to i64
  %6066 = sub i64 %339, 1
  %6067 = icmp eq i64 %6065, %6066
  br i1 %6067, label %then830, label %else831

endif829:                                         ; preds = %endif832, %done822
  call void @llvm.nvvm.barrier0()
  %6068 = sdiv i64 %341, 32
  %6069 = sdiv i64 %337, 32
  %6070 = mul i64 %6069, %339
  %6071 = add i64 %6070, %335
  %6072 = mul i64 %343, %366
  %6073 = getelementptr i8, ptr %363, i64 %6072
  %6074 = mul i64 %346, 288
  %6075 = mul i64 %339, %6068
  %6076 = load i64, ptr %326, align 8
  %6077 = srem i64 %6076, %6075
  %6078 = sub i64 %6071, %6077
  %6079 = add i64 %6078, %6075
  %6080 = srem i64 %6079, %6075
  %6081 = add i64 %6077, %6074
  %6082 = srem i64 %6081, %6075
  store i64 %6082, ptr %326, align 8
  store i64 %6080, ptr %177, align 8
  br label %loop838

then830:                                          ; preds = %then828
  %6083 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %6083 syncscope("device") monotonic, align 4
  %6084 = getelementptr i32, ptr %349, i64 1
  %6085 = atomicrmw add ptr %6084, i32 1 syncscope("device") acq_rel, align 4
  br label %endif832

else831:                                          ; preds = %then828
  store i32 0, ptr %179, align 4
  store i1 true, ptr %178, align 1
  br label %while833

endif832:                                         ; preds = %wdone835, %then830
  fence syncscope("device") seq_cst
  br label %endif829

while833:                                         ; preds = %endif837, %else831
  %6086 = getelementptr i32, ptr %349, i64 1
  %6087 = load atomic i32, ptr %6086 syncscope("device") acquire, align 4
  %6088 = icmp eq i32 %6087, %6062
  %6089 = load i1, ptr %178, align 1
  %6090 = and i1 %6088, %6089
  br i1 %6090, label %wbody834, label %wdone835

wbody834:                                         ; preds = %while833
  call void @llvm.nvvm.nanosleep(i32 64)
  %6091 = load i32, ptr %179, align 4
  %6092 = add i32 %6091, 1
  store i32 %6092, ptr %179, align 4
  %6093 = and i32 %6092, 63
  %6094 = icmp eq i32 %6093, 0
  br i1 %6094, label %then836, label %endif837

wdone835:                                         ; preds = %while833
  br label %endif832

then836:                                          ; preds = %wbody834
  %6095 = getelementptr i32, ptr %349, i64 2
  %6096 = load atomic volatile i32, ptr %6095 monotonic, align 4
  %6097 = icmp eq i32 %6096, 0
  store i1 %6097, ptr %178, align 1
  br label %endif837

endif837:                                         ; preds = %then836, %wbody834
  br label %while833

loop838:                                          ; preds = %endif842, %endif829
  %6098 = load i64, ptr %177, align 8
  %6099 = icmp slt i64 %6098, %6074
  br i1 %6099, label %body839, label %done840

body839:                                          ; preds = %loop838
  %6100 = srem i64 %6098, %346
  %6101 = sdiv i64 %6098, %346
  %6102 = srem i64 %337, 32
  %6103 = mul i64 %6100, 8
  %6104 = add i64 %6103, 1
  %6105 = getelementptr i32, ptr %352, i64 %6104
  %6106 = load i32, ptr %6105, align 4
  %6107 = icmp eq i32 %6106, 0
  br i1 %6107, label %then841, label %endif842

done840:                                          ; preds = %loop838
  call void @llvm.nvvm.barrier0()
  %6108 = icmp eq i64 %337, 0
  br i1 %6108, label %then864, label %endif865

then841:                                          ; preds = %body839
  %6109 = getelementptr i64, ptr %0, i64 0
  %6110 = load i64, ptr %6109, align 8
  %6111 = and i64 %6110, -256
  %6112 = inttoptr i64 %6111 to ptr
  %6113 = getelementptr i8, ptr %6112, i64 50148864
  %6114 = mul i64 %6100, %359
  %6115 = getelementptr i8, ptr %356, i64 %6114
  %6116 = getelementptr i8, ptr %6115, i64 0
  %6117 = mul i64 %907, 1
  %6118 = getelementptr i32, ptr %6116, i64 %6117
  %6119 = getelementptr i32, ptr %6118, i64 0
  %6120 = load i32, ptr %6119, align 4
  %6121 = sext i32 %6120 to i64
  %6122 = icmp slt i64 %6121, 0
  %6123 = icmp sge i64 %6121, 6
  %6124 = or i1 %6122, %6123
  br i1 %6124, label %then843, label %endif844

endif842:                                         ; preds = %endif846, %body839
  %6125 = add i64 %6098, %6075
  store i64 %6125, ptr %177, align 8
  br label %loop838

then843:                                          ; preds = %then841
  %6126 = getelementptr i32, ptr %349, i64 2
  %6127 = cmpxchg ptr %6126, i32 0, i32 1 seq_cst seq_cst, align 4
  %6128 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 135, ptr %6128 monotonic, align 4
  br label %endif844

endif844:                                         ; preds = %then843, %then841
  %6129 = icmp slt i64 %6121, 5
  %6130 = select i1 %6129, i64 %6121, i64 5
  %6131 = icmp slt i64 0, %6130
  %6132 = select i1 %6131, i64 %6130, i64 0
  %6133 = mul i64 %6132, 221184
  %6134 = getelementptr float, ptr %6113, i64 %6133
  %6135 = icmp slt i64 %6101, 288
  br i1 %6135, label %then845, label %endif846

then845:                                          ; preds = %endif844
  %6136 = add i64 %6098, %6075
  %6137 = sdiv i64 %6136, %346
  %6138 = srem i64 %6136, %346
  %6139 = icmp eq i64 %6138, %6100
  %6140 = icmp slt i64 %6137, 288
  %6141 = and i1 %6139, %6140
  br i1 %6141, label %then847, label %endif848

endif846:                                         ; preds = %endif860, %endif844
  br label %endif842

then847:                                          ; preds = %then845
  %6142 = getelementptr i64, ptr %0, i64 0
  %6143 = load i64, ptr %6142, align 8
  %6144 = and i64 %6143, -256
  %6145 = inttoptr i64 %6144 to ptr
  %6146 = getelementptr i8, ptr %6145, i64 50148864
  %6147 = mul i64 %6100, %359
  %6148 = getelementptr i8, ptr %356, i64 %6147
  %6149 = getelementptr i8, ptr %6148, i64 0
  %6150 = mul i64 %907, 1
  %6151 = getelementptr i32, ptr %6149, i64 %6150
  %6152 = getelementptr i32, ptr %6151, i64 0
  %6153 = load i32, ptr %6152, align 4
  %6154 = sext i32 %6153 to i64
  %6155 = icmp slt i64 %6154, 0
  %6156 = icmp sge i64 %6154, 6
  %6157 = or i1 %6155, %6156
  br i1 %6157, label %then849, label %endif850

endif848:                                         ; preds = %done853, %then845
  %6158 = mul i64 %6100, %359
  %6159 = getelementptr i8, ptr %356, i64 %6158
  %6160 = getelementptr i8, ptr %6159, i64 18048
  %6161 = getelementptr i64, ptr %0, i64 0
  %6162 = load i64, ptr %6161, align 8
  %6163 = and i64 %6162, -256
  %6164 = inttoptr i64 %6163 to ptr
  %6165 = getelementptr i8, ptr %6164, i64 50148864
  %6166 = mul i64 %6100, %359
  %6167 = getelementptr i8, ptr %356, i64 %6166
  %6168 = getelementptr i8, ptr %6167, i64 0
  %6169 = mul i64 %907, 1
  %6170 = getelementptr i32, ptr %6168, i64 %6169
  %6171 = getelementptr i32, ptr %6170, i64 0
  %6172 = load i32, ptr %6171, align 4
  %6173 = sext i32 %6172 to i64
  %6174 = icmp slt i64 %6173, 0
  %6175 = icmp sge i64 %6173, 6
  %6176 = or i1 %6174, %6175
  br i1 %6176, label %then854, label %endif855

then849:                                          ; preds = %then847
  %6177 = getelementptr i32, ptr %349, i64 2
  %6178 = cmpxchg ptr %6177, i32 0, i32 1 seq_cst seq_cst, align 4
  %6179 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 135, ptr %6179 monotonic, align 4
  br label %endif850

endif850:                                         ; preds = %then849, %then847
  %6180 = icmp slt i64 %6154, 5
  %6181 = select i1 %6180, i64 %6154, i64 5
  %6182 = icmp slt i64 0, %6181
  %6183 = select i1 %6182, i64 %6181, i64 0
  %6184 = mul i64 %6183, 221184
  %6185 = getelementptr float, ptr %6146, i64 %6184
  %6186 = mul i64 %6137, 768
  %6187 = getelementptr float, ptr %6185, i64 %6186
  %6188 = mul i64 %6102, 128
  store i64 %6188, ptr %176, align 8
  br label %loop851

loop851:                                          ; preds = %body852, %endif850
  %6189 = load i64, ptr %176, align 8
  %6190 = icmp slt i64 %6189, 3072
  br i1 %6190, label %body852, label %done853

body852:                                          ; preds = %loop851
  %6191 = getelementptr i8, ptr %6187, i64 %6189
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %6191)
  %6192 = add i64 %6189, 4096
  store i64 %6192, ptr %176, align 8
  br label %loop851

done853:                                          ; preds = %loop851
  br label %endif848

then854:                                          ; preds = %endif848
  %6193 = getelementptr i32, ptr %349, i64 2
  %6194 = cmpxchg ptr %6193, i32 0, i32 1 seq_cst seq_cst, align 4
  %6195 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 135, ptr %6195 monotonic, align 4
  br label %endif855

endif855:                                         ; preds = %then854, %endif848
  %6196 = icmp slt i64 %6173, 5
  %6197 = select i1 %6196, i64 %6173, i64 5
  %6198 = icmp slt i64 0, %6197
  %6199 = select i1 %6198, i64 %6197, i64 0
  %6200 = mul i64 %6199, 221184
  %6201 = getelementptr float, ptr %6165, i64 %6200
  %6202 = mul i64 %6101, 768
  %6203 = getelementptr float, ptr %6201, i64 %6202
  %6204 = getelementptr i8, ptr %6073, i64 0
  %6205 = mul i64 %6100, %359
  %6206 = getelementptr i8, ptr %356, i64 %6205
  %6207 = getelementptr i8, ptr %6206, i64 31104
  store i64 0, ptr %175, align 8
  br label %loop856

loop856:                                          ; preds = %body857, %endif855
  %6208 = load i64, ptr %175, align 8
  %6209 = icmp slt i64 %6208, 1
  br i1 %6209, label %body857, label %done858

body857:                                          ; preds = %loop856
  %6210 = sdiv i64 %6208, 1
  %6211 = srem i64 %6208, 1
  %6212 = mul i64 %6210, 768
  %6213 = mul i64 %6212, 1
  %6214 = add i64 %6213, %6211
  store float 0.000000e+00, ptr %174, align 4
  %6215 = add i64 %6102, 0
  %6216 = mul i64 %6215, 4
  %6217 = add i64 %6216, 0
  %6218 = mul i64 %6217, 1
  %6219 = add i64 %6214, %6218
  %6220 = getelementptr float, ptr %6203, i64 %6219
  %6221 = load float, ptr %6220, align 4
  %6222 = getelementptr float, ptr %6207, i64 %6219
  %6223 = load float, ptr %6222, align 4
  %6224 = fmul float %6221, %6223
  %6225 = add i64 %6216, 1
  %6226 = mul i64 %6225, 1
  %6227 = add i64 %6214, %6226
  %6228 = getelementptr float, ptr %6203, i64 %6227
  %6229 = load float, ptr %6228, align 4
  %6230 = getelementptr float, ptr %6207, i64 %6227
  %6231 = load float, ptr %6230, align 4
  %6232 = fmul float %6229, %6231
  %6233 = add i64 %6216, 2
  %6234 = mul i64 %6233, 1
  %6235 = add i64 %6214, %6234
  %6236 = getelementptr float, ptr %6203, i64 %6235
  %6237 = load float, ptr %6236, align 4
  %6238 = getelementptr float, ptr %6207, i64 %6235
  %6239 = load float, ptr %6238, align 4
  %6240 = fmul float %6237, %6239
  %6241 = add i64 %6216, 3
  %6242 = mul i64 %6241, 1
  %6243 = add i64 %6214, %6242
  %6244 = getelementptr float, ptr %6203, i64 %6243
  %6245 = load float, ptr %6244, align 4
  %6246 = getelementptr float, ptr %6207, i64 %6243
  %6247 = load float, ptr %6246, align 4
  %6248 = fmul float %6245, %6247
  %6249 = add i64 %6102, 32
  %6250 = mul i64 %6249, 4
  %6251 = add i64 %6250, 0
  %6252 = mul i64 %6251, 1
  %6253 = add i64 %6214, %6252
  %6254 = getelementptr float, ptr %6203, i64 %6253
  %6255 = load float, ptr %6254, align 4
  %6256 = getelementptr float, ptr %6207, i64 %6253
  %6257 = load float, ptr %6256, align 4
  %6258 = fmul float %6255, %6257
  %6259 = add i64 %6250, 1
  %6260 = mul i64 %6259, 1
  %6261 = add i64 %6214, %6260
  %6262 = getelementptr float, ptr %6203, i64 %6261
  %6263 = load float, ptr %6262, align 4
  %6264 = getelementptr float, ptr %6207, i64 %6261
  %6265 = load float, ptr %6264, align 4
  %6266 = fmul float %6263, %6265
  %6267 = add i64 %6250, 2
  %6268 = mul i64 %6267, 1
  %6269 = add i64 %6214, %6268
  %6270 = getelementptr float, ptr %6203, i64 %6269
  %6271 = load float, ptr %6270, align 4
  %6272 = getelementptr float, ptr %6207, i64 %6269
  %6273 = load float, ptr %6272, align 4
  %6274 = fmul float %6271, %6273
  %6275 = add i64 %6250, 3
  %6276 = mul i64 %6275, 1
  %6277 = add i64 %6214, %6276
  %6278 = getelementptr float, ptr %6203, i64 %6277
  %6279 = load float, ptr %6278, align 4
  %6280 = getelementptr float, ptr %6207, i64 %6277
  %6281 = load float, ptr %6280, align 4
  %6282 = fmul float %6279, %6281
  %6283 = add i64 %6102, 64
  %6284 = mul i64 %6283, 4
  %6285 = add i64 %6284, 0
  %6286 = mul i64 %6285, 1
  %6287 = add i64 %6214, %6286
  %6288 = getelementptr float, ptr %6203, i64 %6287
  %6289 = load float, ptr %6288, align 4
  %6290 = getelementptr float, ptr %6207, i64 %6287
  %6291 = load float, ptr %6290, align 4
  %6292 = fmul float %6289, %6291
  %6293 = add i64 %6284, 1
  %6294 = mul i64 %6293, 1
  %6295 = add i64 %6214, %6294
  %6296 = getelementptr float, ptr %6203, i64 %6295
  %6297 = load float, ptr %6296, align 4
  %6298 = getelementptr float, ptr %6207, i64 %6295
  %6299 = load float, ptr %6298, align 4
  %6300 = fmul float %6297, %6299
  %6301 = add i64 %6284, 2
  %6302 = mul i64 %6301, 1
  %6303 = add i64 %6214, %6302
  %6304 = getelementptr float, ptr %6203, i64 %6303
  %6305 = load float, ptr %6304, align 4
  %6306 = getelementptr float, ptr %6207, i64 %6303
  %6307 = load float, ptr %6306, align 4
  %6308 = fmul float %6305, %6307
  %6309 = add i64 %6284, 3
  %6310 = mul i64 %6309, 1
  %6311 = add i64 %6214, %6310
  %6312 = getelementptr float, ptr %6203, i64 %6311
  %6313 = load float, ptr %6312, align 4
  %6314 = getelementptr float, ptr %6207, i64 %6311
  %6315 = load float, ptr %6314, align 4
  %6316 = fmul float %6313, %6315
  %6317 = add i64 %6102, 96
  %6318 = mul i64 %6317, 4
  %6319 = add i64 %6318, 0
  %6320 = mul i64 %6319, 1
  %6321 = add i64 %6214, %6320
  %6322 = getelementptr float, ptr %6203, i64 %6321
  %6323 = load float, ptr %6322, align 4
  %6324 = getelementptr float, ptr %6207, i64 %6321
  %6325 = load float, ptr %6324, align 4
  %6326 = fmul float %6323, %6325
  %6327 = add i64 %6318, 1
  %6328 = mul i64 %6327, 1
  %6329 = add i64 %6214, %6328
  %6330 = getelementptr float, ptr %6203, i64 %6329
  %6331 = load float, ptr %6330, align 4
  %6332 = getelementptr float, ptr %6207, i64 %6329
  %6333 = load float, ptr %6332, align 4
  %6334 = fmul float %6331, %6333
  %6335 = add i64 %6318, 2
  %6336 = mul i64 %6335, 1
  %6337 = add i64 %6214, %6336
  %6338 = getelementptr float, ptr %6203, i64 %6337
  %6339 = load float, ptr %6338, align 4
  %6340 = getelementptr float, ptr %6207, i64 %6337
  %6341 = load float, ptr %6340, align 4
  %6342 = fmul float %6339, %6341
  %6343 = add i64 %6318, 3
  %6344 = mul i64 %6343, 1
  %6345 = add i64 %6214, %6344
  %6346 = getelementptr float, ptr %6203, i64 %6345
  %6347 = load float, ptr %6346, align 4
  %6348 = getelementptr float, ptr %6207, i64 %6345
  %6349 = load float, ptr %6348, align 4
  %6350 = fmul float %6347, %6349
  %6351 = load float, ptr %174, align 4
  %6352 = fadd float %6351, %6224
  store float %6352, ptr %174, align 4
  %6353 = load float, ptr %174, align 4
  %6354 = fadd float %6353, %6232
  store float %6354, ptr %174, align 4
  %6355 = load float, ptr %174, align 4
  %6356 = fadd float %6355, %6240
  store float %6356, ptr %174, align 4
  %6357 = load float, ptr %174, align 4
  %6358 = fadd float %6357, %6248
  store float %6358, ptr %174, align 4
  %6359 = load float, ptr %174, align 4
  %6360 = fadd float %6359, %6258
  store float %6360, ptr %174, align 4
  %6361 = load float, ptr %174, align 4
  %6362 = fadd float %6361, %6266
  store float %6362, ptr %174, align 4
  %6363 = load float, ptr %174, align 4
  %6364 = fadd float %6363, %6274
  store float %6364, ptr %174, align 4
  %6365 = load float, ptr %174, align 4
  %6366 = fadd float %6365, %6282
  store float %6366, ptr %174, align 4
  %6367 = load float, ptr %174, align 4
  %6368 = fadd float %6367, %6292
  store float %6368, ptr %174, align 4
  %6369 = load float, ptr %174, align 4
  %6370 = fadd float %6369, %6300
  store float %6370, ptr %174, align 4
  %6371 = load float, ptr %174, align 4
  %6372 = fadd float %6371, %6308
  store float %6372, ptr %174, align 4
  %6373 = load float, ptr %174, align 4
  %6374 = fadd float %6373, %6316
  store float %6374, ptr %174, align 4
  %6375 = load float, ptr %174, align 4
  %6376 = fadd float %6375, %6326
  store float %6376, ptr %174, align 4
  %6377 = load float, ptr %174, align 4
  %6378 = fadd float %6377, %6334
  store float %6378, ptr %174, align 4
  %6379 = load float, ptr %174, align 4
  %6380 = fadd float %6379, %6342
  store float %6380, ptr %174, align 4
  %6381 = load float, ptr %174, align 4
  %6382 = fadd float %6381, %6350
  store float %6382, ptr %174, align 4
  %6383 = add i64 %6102, 128
  %6384 = mul i64 %6383, 4
  %6385 = add i64 %6384, 0
  %6386 = mul i64 %6385, 1
  %6387 = add i64 %6214, %6386
  %6388 = getelementptr float, ptr %6203, i64 %6387
  %6389 = load float, ptr %6388, align 4
  %6390 = getelementptr float, ptr %6207, i64 %6387
  %6391 = load float, ptr %6390, align 4
  %6392 = fmul float %6389, %6391
  %6393 = add i64 %6384, 1
  %6394 = mul i64 %6393, 1
  %6395 = add i64 %6214, %6394
  %6396 = getelementptr float, ptr %6203, i64 %6395
  %6397 = load float, ptr %6396, align 4
  %6398 = getelementptr float, ptr %6207, i64 %6395
  %6399 = load float, ptr %6398, align 4
  %6400 = fmul float %6397, %6399
  %6401 = add i64 %6384, 2
  %6402 = mul i64 %6401, 1
  %6403 = add i64 %6214, %6402
  %6404 = getelementptr float, ptr %6203, i64 %6403
  %6405 = load float, ptr %6404, align 4
  %6406 = getelementptr float, ptr %6207, i64 %6403
  %6407 = load float, ptr %6406, align 4
  %6408 = fmul float %6405, %6407
  %6409 = add i64 %6384, 3
  %6410 = mul i64 %6409, 1
  %6411 = add i64 %6214, %6410
  %6412 = getelementptr float, ptr %6203, i64 %6411
  %6413 = load float, ptr %6412, align 4
  %6414 = getelementptr float, ptr %6207, i64 %6411
  %6415 = load float, ptr %6414, align 4
  %6416 = fmul float %6413, %6415
  %6417 = add i64 %6102, 160
  %6418 = mul i64 %6417, 4
  %6419 = add i64 %6418, 0
  %6420 = mul i64 %6419, 1
  %6421 = add i64 %6214, %6420
  %6422 = getelementptr float, ptr %6203, i64 %6421
  %6423 = load float, ptr %6422, align 4
  %6424 = getelementptr float, ptr %6207, i64 %6421
  %6425 = load float, ptr %6424, align 4
  %6426 = fmul float %6423, %6425
  %6427 = add i64 %6418, 1
  %6428 = mul i64 %6427, 1
  %6429 = add i64 %6214, %6428
  %6430 = getelementptr float, ptr %6203, i64 %6429
  %6431 = load float, ptr %6430, align 4
  %6432 = getelementptr float, ptr %6207, i64 %6429
  %6433 = load float, ptr %6432, align 4
  %6434 = fmul float %6431, %6433
  %6435 = add i64 %6418, 2
  %6436 = mul i64 %6435, 1
  %6437 = add i64 %6214, %6436
  %6438 = getelementptr float, ptr %6203, i64 %6437
  %6439 = load float, ptr %6438, align 4
  %6440 = getelementptr float, ptr %6207, i64 %6437
  %6441 = load float, ptr %6440, align 4
  %6442 = fmul float %6439, %6441
  %6443 = add i64 %6418, 3
  %6444 = mul i64 %6443, 1
  %6445 = add i64 %6214, %6444
  %6446 = getelementptr float, ptr %6203, i64 %6445
  %6447 = load float, ptr %6446, align 4
  %6448 = getelementptr float, ptr %6207, i64 %6445
  %6449 = load float, ptr %6448, align 4
  %6450 = fmul float %6447, %6449
  %6451 = load float, ptr %174, align 4
  %6452 = fadd float %6451, %6392
  store float %6452, ptr %174, align 4
  %6453 = load float, ptr %174, align 4
  %6454 = fadd float %6453, %6400
  store float %6454, ptr %174, align 4
  %6455 = load float, ptr %174, align 4
  %6456 = fadd float %6455, %6408
  store float %6456, ptr %174, align 4
  %6457 = load float, ptr %174, align 4
  %6458 = fadd float %6457, %6416
  store float %6458, ptr %174, align 4
  %6459 = load float, ptr %174, align 4
  %6460 = fadd float %6459, %6426
  store float %6460, ptr %174, align 4
  %6461 = load float, ptr %174, align 4
  %6462 = fadd float %6461, %6434
  store float %6462, ptr %174, align 4
  %6463 = load float, ptr %174, align 4
  %6464 = fadd float %6463, %6442
  store float %6464, ptr %174, align 4
  %6465 = load float, ptr %174, align 4
  %6466 = fadd float %6465, %6450
  store float %6466, ptr %174, align 4
  %6467 = load float, ptr %174, align 4
  %6468 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6467, i32 16, i32 31)
  %6469 = fadd float %6467, %6468
  %6470 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6469, i32 8, i32 31)
  %6471 = fadd float %6469, %6470
  %6472 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6471, i32 4, i32 31)
  %6473 = fadd float %6471, %6472
  %6474 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6473, i32 2, i32 31)
  %6475 = fadd float %6473, %6474
  %6476 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6475, i32 1, i32 31)
  %6477 = fadd float %6475, %6476
  %6478 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %6477, i32 0, i32 31)
  %6479 = getelementptr float, ptr %6204, i64 %6208
  store float %6478, ptr %6479, align 4
  %6480 = add i64 %6208, 1
  store i64 %6480, ptr %175, align 8
  br label %loop856

done858:                                          ; preds = %loop856
  %6481 = icmp eq i64 %6102, 0
  br i1 %6481, label %then859, label %endif860

then859:                                          ; preds = %done858
  %6482 = getelementptr i8, ptr %6073, i64 0
  %6483 = mul i64 %6101, 1
  %6484 = getelementptr float, ptr %6160, i64 %6483
  store i64 0, ptr %173, align 8
  br label %loop861

endif860:                                         ; preds = %done863, %done858
  br label %endif846

loop861:                                          ; preds = %body862, %then859
  %6485 = load i64, ptr %173, align 8
  %6486 = icmp slt i64 %6485, 1
  br i1 %6486, label %body862, label %done863

body862:                                          ; preds = %loop861
  %6487 = getelementptr float, ptr %6482, i64 %6485
  %6488 = load float, ptr %6487, align 4
  %6489 = getelementptr float, ptr %6484, i64 %6485
  store float %6488, ptr %6489, align 4
  %6490 = add i64 %6485, 1
  store i64 %6490, ptr %173, align 8
  br label %loop861

done863:                                          ; preds = %loop861
  br label %endif860

then864:                                          ; preds = %done840
  fence syncscope("device") seq_cst
  %6491 = getelementptr i32, ptr %349, i64 19
  %6492 = atomicrmw add ptr %6491, i32 1 syncscope("device") release, align 4
  br label %endif865

endif865:                                         ; preds = %then864, %done840
  %6493 = load i32, ptr %329, align 4
  %6494 = add i32 %6493, 1
  store i32 %6494, ptr %329, align 4
  %6495 = icmp slt i64 %335, %346
  br i1 %6495, label %then866, label %endif867

then866:                                          ; preds = %endif865
  %6496 = icmp eq i64 %337, 0
  br i1 %6496, label %then868, label %endif869

endif867:                                         ; preds = %endif869, %endif865
  store i64 %335, ptr %170, align 8
  br label %loop875

then868:                                          ; preds = %then866
  %6497 = load i32, ptr %329, align 4
  %6498 = trunc i64 %339 to i32
  %6499 = mul i32 %6497, %6498
  store i32 0, ptr %172, align 4
  store i1 true, ptr %171, align 1
  br label %while870

endif869:                                         ; preds = %wdone872, %then866
  call void @llvm.nvvm.barrier0()
  br label %endif867

while870:                                         ; preds = %endif874, %then868
  %6500 = getelementptr i32, ptr %349, i64 19
  %6501 = load atomic i32, ptr %6500 syncscope("device") acquire, align 4
  %6502 = sub i32 %6501, %6499
  %6503 = icmp slt i32 %6502, 0
  %6504 = load i1, ptr %171, align 1
  %6505 = and i1 %6503, %6504
  br i1 %6505, label %wbody871, label %wdone872

wbody871:                                         ; preds = %while870
  call void @llvm.nvvm.nanosleep(i32 64)
  %6506 = load i32, ptr %172, align 4
  %6507 = add i32 %6506, 1
  store i32 %6507, ptr %172, align 4
  %6508 = and i32 %6507, 63
  %6509 = icmp eq i32 %6508, 0
  br i1 %6509, label %then873, label %endif874

wdone872:                                         ; preds = %while870
  fence syncscope("device") seq_cst
  br label %endif869

then873:                                          ; preds = %wbody871
  %6510 = getelementptr i32, ptr %349, i64 2
  %6511 = load atomic volatile i32, ptr %6510 monotonic, align 4
  %6512 = icmp eq i32 %6511, 0
  store i1 %6512, ptr %171, align 1
  br label %endif874

endif874:                                         ; preds = %then873, %wbody871
  br label %while870

loop875:                                          ; preds = %endif879, %endif867
  %6513 = load i64, ptr %170, align 8
  %6514 = icmp slt i64 %6513, %346
  br i1 %6514, label %body876, label %done877

body876:                                          ; preds = %loop875
  %6515 = mul i64 %6513, 8
  %6516 = add i64 %6515, 1
  %6517 = getelementptr i32, ptr %352, i64 %6516
  %6518 = load i32, ptr %6517, align 4
  %6519 = icmp eq i32 %6518, 0
  br i1 %6519, label %then878, label %endif879

done877:                                          ; preds = %loop875
  %6520 = xor i1 %910, true
  store i64 %335, ptr %168, align 8
  br label %loop883

then878:                                          ; preds = %body876
  %6521 = mul i64 %6513, %359
  %6522 = getelementptr i8, ptr %356, i64 %6521
  %6523 = getelementptr i8, ptr %6522, i64 19200
  %6524 = mul i64 %6513, %359
  %6525 = getelementptr i8, ptr %356, i64 %6524
  %6526 = getelementptr i8, ptr %6525, i64 20352
  %6527 = mul i64 %6513, %359
  %6528 = getelementptr i8, ptr %356, i64 %6527
  %6529 = getelementptr i8, ptr %6528, i64 18048
  store i64 %337, ptr %169, align 8
  br label %loop880

endif879:                                         ; preds = %done882, %body876
  %6530 = add i64 %6513, %339
  store i64 %6530, ptr %170, align 8
  br label %loop875

loop880:                                          ; preds = %body881, %then878
  %6531 = load i64, ptr %169, align 8
  %6532 = icmp slt i64 %6531, 288
  br i1 %6532, label %body881, label %done882

body881:                                          ; preds = %loop880
  %6533 = getelementptr float, ptr %6526, i64 %6531
  %6534 = load float, ptr %6533, align 4
  %6535 = getelementptr float, ptr %6529, i64 %6531
  %6536 = load float, ptr %6535, align 4
  %6537 = fadd float %6534, %6536
  %6538 = getelementptr float, ptr %6523, i64 %6531
  store float %6537, ptr %6538, align 4
  %6539 = add i64 %6531, %341
  store i64 %6539, ptr %169, align 8
  br label %loop880

done882:                                          ; preds = %loop880
  call void @llvm.nvvm.barrier0()
  br label %endif879

loop883:                                          ; preds = %endif887, %done877
  %6540 = load i64, ptr %168, align 8
  %6541 = icmp slt i64 %6540, %346
  br i1 %6541, label %body884, label %done885

body884:                                          ; preds = %loop883
  %6542 = mul i64 %6540, 8
  %6543 = add i64 %6542, 1
  %6544 = getelementptr i32, ptr %352, i64 %6543
  %6545 = load i32, ptr %6544, align 4
  %6546 = icmp eq i32 %6545, 0
  br i1 %6546, label %then886, label %endif887

done885:                                          ; preds = %loop883
  call void @llvm.nvvm.barrier0()
  %6547 = icmp eq i64 %337, 0
  br i1 %6547, label %then897, label %endif898

then886:                                          ; preds = %body884
  %6548 = mul i64 %6540, %359
  %6549 = getelementptr i8, ptr %356, i64 %6548
  %6550 = getelementptr i8, ptr %6549, i64 19200
  %6551 = mul i64 %6540, %359
  %6552 = getelementptr i8, ptr %356, i64 %6551
  %6553 = getelementptr i8, ptr %6552, i64 3072
  %6554 = mul i64 %6540, %359
  %6555 = getelementptr i8, ptr %356, i64 %6554
  %6556 = getelementptr i8, ptr %6555, i64 147200
  %6557 = select i1 %6520, ptr %6556, ptr %6553
  store i64 %337, ptr %167, align 8
  br label %loop888

endif887:                                         ; preds = %done896, %body884
  %6558 = add i64 %6540, %339
  store i64 %6558, ptr %168, align 8
  br label %loop883

loop888:                                          ; preds = %body889, %then886
  %6559 = load i64, ptr %167, align 8
  %6560 = icmp slt i64 %6559, 288
  br i1 %6560, label %body889, label %done890

body889:                                          ; preds = %loop888
  %6561 = getelementptr float, ptr %6550, i64 %6559
  %6562 = load float, ptr %6561, align 4
  %6563 = getelementptr float, ptr %6557, i64 %6559
  store float %6562, ptr %6563, align 4
  %6564 = add i64 %6559, %341
  store i64 %6564, ptr %167, align 8
  br label %loop888

done890:                                          ; preds = %loop888
  %6565 = mul i64 %6540, %359
  %6566 = getelementptr i8, ptr %356, i64 %6565
  %6567 = getelementptr i8, ptr %6566, i64 22656
  %6568 = mul i64 %6540, %359
  %6569 = getelementptr i8, ptr %356, i64 %6568
  %6570 = getelementptr i8, ptr %6569, i64 4224
  %6571 = mul i64 %907, 288
  %6572 = getelementptr float, ptr %6570, i64 %6571
  store i64 %337, ptr %166, align 8
  br label %loop891

loop891:                                          ; preds = %body892, %done890
  %6573 = load i64, ptr %166, align 8
  %6574 = icmp slt i64 %6573, 288
  br i1 %6574, label %body892, label %done893

body892:                                          ; preds = %loop891
  %6575 = getelementptr float, ptr %6567, i64 %6573
  %6576 = load float, ptr %6575, align 4
  %6577 = getelementptr float, ptr %6572, i64 %6573
  store float %6576, ptr %6577, align 4
  %6578 = add i64 %6573, %341
  store i64 %6578, ptr %166, align 8
  br label %loop891

done893:                                          ; preds = %loop891
  %6579 = mul i64 %6540, %359
  %6580 = getelementptr i8, ptr %356, i64 %6579
  %6581 = getelementptr i8, ptr %6580, i64 21504
  %6582 = mul i64 %6540, %359
  %6583 = getelementptr i8, ptr %356, i64 %6582
  %6584 = getelementptr i8, ptr %6583, i64 11136
  %6585 = mul i64 %907, 288
  %6586 = getelementptr float, ptr %6584, i64 %6585
  store i64 %337, ptr %165, align 8
  br label %loop894

loop894:                                          ; preds = %body895, %done893
  %6587 = load i64, ptr %165, align 8
  %6588 = icmp slt i64 %6587, 288
  br i1 %6588, label %body895, label %done896

body895:                                          ; preds = %loop894
  %6589 = getelementptr float, ptr %6581, i64 %6587
  %6590 = load float, ptr %6589, align 4
  %6591 = getelementptr float, ptr %6586, i64 %6587
  store float %6590, ptr %6591, align 4
  %6592 = add i64 %6587, %341
  store i64 %6592, ptr %165, align 8
  br label %loop894

done896:                                          ; preds = %loop894
  br label %endif887

then897:                                          ; preds = %done885
  fence syncscope("device") seq_cst
  %6593 = getelementptr i32, ptr %349, i64 1
  %6594 = load atomic i32, ptr %6593 syncscope("device") acquire, align 4
  %6595 = getelementptr i32, ptr %349, i64 0
  %6596 = atomicrmw add ptr %6595, i32 1 syncscope("device") acq_rel, align 4
  %6597 = sext i32 %6596 to i64
  %6598 = sub i64 %339, 1
  %6599 = icmp eq i64 %6597, %6598
  br i1 %6599, label %then899, label %else900

endif898:                                         ; preds = %endif901, %done885
  call void @llvm.nvvm.barrier0()
  %6600 = add i64 %907, 1
  store i64 %6600, ptr %297, align 8
  br label %loop138

then899:                                          ; preds = %then897
  %6601 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %6601 syncscope("device") monotonic, align 4
  %6602 = getelementptr i32, ptr %349, i64 1
  %6603 = atomicrmw add ptr %6602, i32 1 syncscope("device") acq_rel, align 4
  br label %endif901

else900:                                          ; preds = %then897
  store i32 0, ptr %164, align 4
  store i1 true, ptr %163, align 1
  br label %while902

endif901:                                         ; preds = %wdone904, %then899
  fence syncscope("device") seq_cst
  br label %endif898

while902:                                         ; preds = %endif906, %else900
  %6604 = getelementptr i32, ptr %349, i64 1
  %6605 = load atomic i32, ptr %6604 syncscope("device") acquire, align 4
  %6606 = icmp eq i32 %6605, %6594
  %6607 = load i1, ptr %163, align 1
  %6608 = and i1 %6606, %6607
  br i1 %6608, label %wbody903, label %wdone904

wbody903:                                         ; preds = %while902
  call void @llvm.nvvm.nanosleep(i32 64)
  %6609 = load i32, ptr %164, align 4
  %6610 = add i32 %6609, 1
  store i32 %6610, ptr %164, align 4
  %6611 = and i32 %6610, 63
  %6612 = icmp eq i32 %6611, 0
  br i1 %6612, label %then905, label %endif906

wdone904:                                         ; preds = %while902
  br label %endif901

then905:                                          ; preds = %wbody903
  %6613 = getelementptr i32, ptr %349, i64 2
  %6614 = load atomic volatile i32, ptr %6613 monotonic, align 4
  %6615 = icmp eq i32 %6614, 0
  store i1 %6615, ptr %163, align 1
  br label %endif906

endif906:                                         ; preds = %then905, %wbody903
  br label %while902

then907:                                          ; preds = %done140
  store i64 %335, ptr %162, align 8
  br label %loop909

endif908:                                         ; preds = %endif918, %done140
  store i64 %335, ptr %158, align 8
  br label %loop927

loop909:                                          ; preds = %endif913, %then907
  %6616 = load i64, ptr %162, align 8
  %6617 = icmp slt i64 %6616, %346
  br i1 %6617, label %body910, label %done911

body910:                                          ; preds = %loop909
  %6618 = mul i64 %6616, 8
  %6619 = add i64 %6618, 1
  %6620 = getelementptr i32, ptr %352, i64 %6619
  %6621 = load i32, ptr %6620, align 4
  %6622 = icmp eq i32 %6621, 0
  br i1 %6622, label %then912, label %endif913

done911:                                          ; preds = %loop909
  call void @llvm.nvvm.barrier0()
  %6623 = icmp eq i64 %337, 0
  br i1 %6623, label %then917, label %endif918

then912:                                          ; preds = %body910
  %6624 = mul i64 %6616, %359
  %6625 = getelementptr i8, ptr %356, i64 %6624
  %6626 = getelementptr i8, ptr %6625, i64 3072
  %6627 = mul i64 %6616, %359
  %6628 = getelementptr i8, ptr %356, i64 %6627
  %6629 = getelementptr i8, ptr %6628, i64 147200
  store i64 %337, ptr %161, align 8
  br label %loop914

endif913:                                         ; preds = %done916, %body910
  %6630 = add i64 %6616, %339
  store i64 %6630, ptr %162, align 8
  br label %loop909

loop914:                                          ; preds = %body915, %then912
  %6631 = load i64, ptr %161, align 8
  %6632 = icmp slt i64 %6631, 288
  br i1 %6632, label %body915, label %done916

body915:                                          ; preds = %loop914
  %6633 = getelementptr float, ptr %6629, i64 %6631
  %6634 = load float, ptr %6633, align 4
  %6635 = getelementptr float, ptr %6626, i64 %6631
  store float %6634, ptr %6635, align 4
  %6636 = add i64 %6631, %341
  store i64 %6636, ptr %161, align 8
  br label %loop914

done916:                                          ; preds = %loop914
  br label %endif913

then917:                                          ; preds = %done911
  fence syncscope("device") seq_cst
  %6637 = getelementptr i32, ptr %349, i64 1
  %6638 = load atomic i32, ptr %6637 syncscope("device") acquire, align 4
  %6639 = getelementptr i32, ptr %349, i64 0
  %6640 = atomicrmw add ptr %6639, i32 1 syncscope("device") acq_rel, align 4
  %6641 = sext i32 %6640 to i64
  %6642 = sub i64 %339, 1
  %6643 = icmp eq i64 %6641, %6642
  br i1 %6643, label %then919, label %else920

endif918:                                         ; preds = %endif921, %done911
  call void @llvm.nvvm.barrier0()
  br label %endif908

then919:                                          ; preds = %then917
  %6644 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %6644 syncscope("device") monotonic, align 4
  %6645 = getelementptr i32, ptr %349, i64 1
  %6646 = atomicrmw add ptr %6645, i32 1 syncscope("device") acq_rel, align 4
  br label %endif921

else920:                                          ; preds = %then917
  store i32 0, ptr %160, align 4
  store i1 true, ptr %159, align 1
  br label %while922

endif921:                                         ; preds = %wdone924, %then919
  fence syncscope("device") seq_cst
  br label %endif918

while922:                                         ; preds = %endif926, %else920
  %6647 = getelementptr i32, ptr %349, i64 1
  %6648 = load atomic i32, ptr %6647 syncscope("device") acquire, align 4
  %6649 = icmp eq i32 %6648, %6638
  %6650 = load i1, ptr %159, align 1
  %6651 = and i1 %6649, %6650
  br i1 %6651, label %wbody923, label %wdone924

wbody923:                                         ; preds = %while922
  call void @llvm.nvvm.nanosleep(i32 64)
  %6652 = load i32, ptr %160, align 4
  %6653 = add i32 %6652, 1
  store i32 %6653, ptr %160, align 4
  %6654 = and i32 %6653, 63
  %6655 = icmp eq i32 %6654, 0
  br i1 %6655, label %then925, label %endif926

wdone924:                                         ; preds = %while922
  br label %endif921

then925:                                          ; preds = %wbody923
  %6656 = getelementptr i32, ptr %349, i64 2
  %6657 = load atomic volatile i32, ptr %6656 monotonic, align 4
  %6658 = icmp eq i32 %6657, 0
  store i1 %6658, ptr %159, align 1
  br label %endif926

endif926:                                         ; preds = %then925, %wbody923
  br label %while922

loop927:                                          ; preds = %endif931, %endif908
  %6659 = load i64, ptr %158, align 8
  %6660 = icmp slt i64 %6659, %346
  br i1 %6660, label %body928, label %done929

body928:                                          ; preds = %loop927
  %6661 = mul i64 %6659, 8
  %6662 = add i64 %6661, 1
  %6663 = getelementptr i32, ptr %352, i64 %6662
  %6664 = load i32, ptr %6663, align 4
  %6665 = icmp eq i32 %6664, 0
  br i1 %6665, label %then930, label %endif931

done929:                                          ; preds = %loop927
  call void @llvm.nvvm.barrier0()
  %6666 = icmp eq i64 %337, 0
  br i1 %6666, label %then940, label %endif941

then930:                                          ; preds = %body928
  %6667 = mul i64 %6659, %359
  %6668 = getelementptr i8, ptr %356, i64 %6667
  %6669 = getelementptr i8, ptr %6668, i64 656
  %6670 = mul i64 %6659, %359
  %6671 = getelementptr i8, ptr %356, i64 %6670
  %6672 = getelementptr i8, ptr %6671, i64 3072
  %6673 = mul i64 %6659, %359
  %6674 = getelementptr i8, ptr %356, i64 %6673
  %6675 = getelementptr i8, ptr %6674, i64 3072
  %6676 = srem i64 %337, 32
  %6677 = sdiv i64 %337, 32
  %6678 = sdiv i64 %341, 32
  store i64 %6677, ptr %157, align 8
  br label %loop932

endif931:                                         ; preds = %done939, %body928
  %6679 = add i64 %6659, %339
  store i64 %6679, ptr %158, align 8
  br label %loop927

loop932:                                          ; preds = %endif936, %then930
  %6680 = load i64, ptr %157, align 8
  %6681 = icmp slt i64 %6680, 1
  br i1 %6681, label %body933, label %done934

body933:                                          ; preds = %loop932
  %6682 = sdiv i64 %6680, 1
  %6683 = srem i64 %6680, 1
  %6684 = mul i64 %6682, 288
  %6685 = mul i64 %6684, 1
  %6686 = add i64 %6685, %6683
  store float 0.000000e+00, ptr %156, align 4
  %6687 = add i64 %6676, 0
  %6688 = mul i64 %6687, 4
  %6689 = add i64 %6688, 0
  %6690 = mul i64 %6689, 1
  %6691 = add i64 %6686, %6690
  %6692 = getelementptr float, ptr %6672, i64 %6691
  %6693 = load float, ptr %6692, align 4
  %6694 = getelementptr float, ptr %6675, i64 %6691
  %6695 = load float, ptr %6694, align 4
  %6696 = fmul float %6693, %6695
  %6697 = add i64 %6688, 1
  %6698 = mul i64 %6697, 1
  %6699 = add i64 %6686, %6698
  %6700 = getelementptr float, ptr %6672, i64 %6699
  %6701 = load float, ptr %6700, align 4
  %6702 = getelementptr float, ptr %6675, i64 %6699
  %6703 = load float, ptr %6702, align 4
  %6704 = fmul float %6701, %6703
  %6705 = add i64 %6688, 2
  %6706 = mul i64 %6705, 1
  %6707 = add i64 %6686, %6706
  %6708 = getelementptr float, ptr %6672, i64 %6707
  %6709 = load float, ptr %6708, align 4
  %6710 = getelementptr float, ptr %6675, i64 %6707
  %6711 = load float, ptr %6710, align 4
  %6712 = fmul float %6709, %6711
  %6713 = add i64 %6688, 3
  %6714 = mul i64 %6713, 1
  %6715 = add i64 %6686, %6714
  %6716 = getelementptr float, ptr %6672, i64 %6715
  %6717 = load float, ptr %6716, align 4
  %6718 = getelementptr float, ptr %6675, i64 %6715
  %6719 = load float, ptr %6718, align 4
  %6720 = fmul float %6717, %6719
  %6721 = add i64 %6676, 32
  %6722 = mul i64 %6721, 4
  %6723 = add i64 %6722, 0
  %6724 = mul i64 %6723, 1
  %6725 = add i64 %6686, %6724
  %6726 = getelementptr float, ptr %6672, i64 %6725
  %6727 = load float, ptr %6726, align 4
  %6728 = getelementptr float, ptr %6675, i64 %6725
  %6729 = load float, ptr %6728, align 4
  %6730 = fmul float %6727, %6729
  %6731 = add i64 %6722, 1
  %6732 = mul i64 %6731, 1
  %6733 = add i64 %6686, %6732
  %6734 = getelementptr float, ptr %6672, i64 %6733
  %6735 = load float, ptr %6734, align 4
  %6736 = getelementptr float, ptr %6675, i64 %6733
  %6737 = load float, ptr %6736, align 4
  %6738 = fmul float %6735, %6737
  %6739 = add i64 %6722, 2
  %6740 = mul i64 %6739, 1
  %6741 = add i64 %6686, %6740
  %6742 = getelementptr float, ptr %6672, i64 %6741
  %6743 = load float, ptr %6742, align 4
  %6744 = getelementptr float, ptr %6675, i64 %6741
  %6745 = load float, ptr %6744, align 4
  %6746 = fmul float %6743, %6745
  %6747 = add i64 %6722, 3
  %6748 = mul i64 %6747, 1
  %6749 = add i64 %6686, %6748
  %6750 = getelementptr float, ptr %6672, i64 %6749
  %6751 = load float, ptr %6750, align 4
  %6752 = getelementptr float, ptr %6675, i64 %6749
  %6753 = load float, ptr %6752, align 4
  %6754 = fmul float %6751, %6753
  %6755 = add i64 %6676, 64
  %6756 = icmp slt i64 %6755, 72
  %6757 = icmp slt i64 %6755, 71
  %6758 = select i1 %6757, i64 %6755, i64 71
  %6759 = mul i64 %6758, 4
  %6760 = add i64 %6759, 0
  %6761 = mul i64 %6760, 1
  %6762 = add i64 %6686, %6761
  %6763 = getelementptr float, ptr %6672, i64 %6762
  %6764 = load float, ptr %6763, align 4
  %6765 = getelementptr float, ptr %6675, i64 %6762
  %6766 = load float, ptr %6765, align 4
  %6767 = fmul float %6764, %6766
  %6768 = add i64 %6759, 1
  %6769 = mul i64 %6768, 1
  %6770 = add i64 %6686, %6769
  %6771 = getelementptr float, ptr %6672, i64 %6770
  %6772 = load float, ptr %6771, align 4
  %6773 = getelementptr float, ptr %6675, i64 %6770
  %6774 = load float, ptr %6773, align 4
  %6775 = fmul float %6772, %6774
  %6776 = add i64 %6759, 2
  %6777 = mul i64 %6776, 1
  %6778 = add i64 %6686, %6777
  %6779 = getelementptr float, ptr %6672, i64 %6778
  %6780 = load float, ptr %6779, align 4
  %6781 = getelementptr float, ptr %6675, i64 %6778
  %6782 = load float, ptr %6781, align 4
  %6783 = fmul float %6780, %6782
  %6784 = add i64 %6759, 3
  %6785 = mul i64 %6784, 1
  %6786 = add i64 %6686, %6785
  %6787 = getelementptr float, ptr %6672, i64 %6786
  %6788 = load float, ptr %6787, align 4
  %6789 = getelementptr float, ptr %6675, i64 %6786
  %6790 = load float, ptr %6789, align 4
  %6791 = fmul float %6788, %6790
  %6792 = load float, ptr %156, align 4
  %6793 = fadd float %6792, %6696
  store float %6793, ptr %156, align 4
  %6794 = load float, ptr %156, align 4
  %6795 = fadd float %6794, %6704
  store float %6795, ptr %156, align 4
  %6796 = load float, ptr %156, align 4
  %6797 = fadd float %6796, %6712
  store float %6797, ptr %156, align 4
  %6798 = load float, ptr %156, align 4
  %6799 = fadd float %6798, %6720
  store float %6799, ptr %156, align 4
  %6800 = load float, ptr %156, align 4
  %6801 = fadd float %6800, %6730
  store float %6801, ptr %156, align 4
  %6802 = load float, ptr %156, align 4
  %6803 = fadd float %6802, %6738
  store float %6803, ptr %156, align 4
  %6804 = load float, ptr %156, align 4
  %6805 = fadd float %6804, %6746
  store float %6805, ptr %156, align 4
  %6806 = load float, ptr %156, align 4
  %6807 = fadd float %6806, %6754
  store float %6807, ptr %156, align 4
  %6808 = load float, ptr %156, align 4
  %6809 = fadd float %6808, %6767
  %6810 = select i1 %6756, float %6809, float %6808
  store float %6810, ptr %156, align 4
  %6811 = load float, ptr %156, align 4
  %6812 = fadd float %6811, %6775
  %6813 = select i1 %6756, float %6812, float %6811
  store float %6813, ptr %156, align 4
  %6814 = load float, ptr %156, align 4
  %6815 = fadd float %6814, %6783
  %6816 = select i1 %6756, float %6815, float %6814
  store float %6816, ptr %156, align 4
  %6817 = load float, ptr %156, align 4
  %6818 = fadd float %6817, %6791
  %6819 = select i1 %6756, float %6818, float %6817
  store float %6819, ptr %156, align 4
  %6820 = load float, ptr %156, align 4
  %6821 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6820, i32 16, i32 31)
  %6822 = fadd float %6820, %6821
  %6823 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6822, i32 8, i32 31)
  %6824 = fadd float %6822, %6823
  %6825 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6824, i32 4, i32 31)
  %6826 = fadd float %6824, %6825
  %6827 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6826, i32 2, i32 31)
  %6828 = fadd float %6826, %6827
  %6829 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %6828, i32 1, i32 31)
  %6830 = fadd float %6828, %6829
  %6831 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %6830, i32 0, i32 31)
  %6832 = icmp eq i64 %6676, 0
  br i1 %6832, label %then935, label %endif936

done934:                                          ; preds = %loop932
  call void @llvm.nvvm.barrier0()
  %6833 = mul i64 %6659, %359
  %6834 = getelementptr i8, ptr %356, i64 %6833
  %6835 = getelementptr i8, ptr %6834, i64 18048
  %6836 = getelementptr i64, ptr %0, i64 0
  %6837 = load i64, ptr %6836, align 8
  %6838 = and i64 %6837, -256
  %6839 = inttoptr i64 %6838 to ptr
  %6840 = getelementptr i8, ptr %6839, i64 60765696
  %6841 = mul i64 %6659, %359
  %6842 = getelementptr i8, ptr %356, i64 %6841
  %6843 = getelementptr i8, ptr %6842, i64 656
  %6844 = mul i64 %6659, %359
  %6845 = getelementptr i8, ptr %356, i64 %6844
  %6846 = getelementptr i8, ptr %6845, i64 32
  %6847 = mul i64 %6659, %359
  %6848 = getelementptr i8, ptr %356, i64 %6847
  %6849 = getelementptr i8, ptr %6848, i64 48
  %6850 = mul i64 %6659, %359
  %6851 = getelementptr i8, ptr %356, i64 %6850
  %6852 = getelementptr i8, ptr %6851, i64 3072
  store i64 %337, ptr %155, align 8
  br label %loop937

then935:                                          ; preds = %body933
  %6853 = getelementptr float, ptr %6669, i64 %6680
  store float %6831, ptr %6853, align 4
  br label %endif936

endif936:                                         ; preds = %then935, %body933
  %6854 = add i64 %6680, %6678
  store i64 %6854, ptr %157, align 8
  br label %loop932

loop937:                                          ; preds = %body938, %done934
  %6855 = load i64, ptr %155, align 8
  %6856 = icmp slt i64 %6855, 288
  br i1 %6856, label %body938, label %done939

body938:                                          ; preds = %loop937
  %6857 = getelementptr float, ptr %6840, i64 %6855
  %6858 = load float, ptr %6857, align 4
  %6859 = getelementptr float, ptr %6843, i64 0
  %6860 = load float, ptr %6859, align 4
  %6861 = getelementptr float, ptr %6846, i64 0
  %6862 = load float, ptr %6861, align 4
  %6863 = fdiv float %6860, %6862
  %6864 = getelementptr float, ptr %6849, i64 0
  %6865 = load float, ptr %6864, align 4
  %6866 = fadd float %6863, %6865
  %6867 = fpext float %6866 to double
  %6868 = call double @llvm.sqrt.f64(double %6867)
  %6869 = fptrunc double %6868 to float
  %6870 = fdiv float 1.000000e+00, %6869
  %6871 = getelementptr float, ptr %6852, i64 %6855
  %6872 = load float, ptr %6871, align 4
  %6873 = fmul float %6870, %6872
  %6874 = fmul float %6858, %6873
  %6875 = getelementptr float, ptr %6835, i64 %6855
  store float %6874, ptr %6875, align 4
  %6876 = add i64 %6855, %341
  store i64 %6876, ptr %155, align 8
  br label %loop937

done939:                                          ; preds = %loop937
  call void @llvm.nvvm.barrier0()
  br label %endif931

then940:                                          ; preds = %done929
  fence syncscope("device") seq_cst
  %6877 = getelementptr i32, ptr %349, i64 1
  %6878 = load atomic i32, ptr %6877 syncscope("device") acquire, align 4
  %6879 = getelementptr i32, ptr %349, i64 0
  %6880 = atomicrmw add ptr %6879, i32 1 syncscope("device") acq_rel, align 4
  %6881 = sext i32 %6880 to i64
  %6882 = sub i64 %339, 1
  %6883 = icmp eq i64 %6881, %6882
  br i1 %6883, label %then942, label %else943

endif941:                                         ; preds = %endif944, %done929
  call void @llvm.nvvm.barrier0()
  %6884 = sdiv i64 %341, 32
  %6885 = sdiv i64 %337, 32
  %6886 = mul i64 %6885, %339
  %6887 = add i64 %6886, %335
  %6888 = mul i64 %343, %366
  %6889 = getelementptr i8, ptr %363, i64 %6888
  %6890 = mul i64 %346, 32000
  %6891 = mul i64 %339, %6884
  %6892 = load i64, ptr %326, align 8
  %6893 = srem i64 %6892, %6891
  %6894 = sub i64 %6887, %6893
  %6895 = add i64 %6894, %6891
  %6896 = srem i64 %6895, %6891
  %6897 = add i64 %6893, %6890
  %6898 = srem i64 %6897, %6891
  store i64 %6898, ptr %326, align 8
  store i64 %6896, ptr %152, align 8
  br label %loop950

then942:                                          ; preds = %then940
  %6899 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %6899 syncscope("device") monotonic, align 4
  %6900 = getelementptr i32, ptr %349, i64 1
  %6901 = atomicrmw add ptr %6900, i32 1 syncscope("device") acq_rel, align 4
  br label %endif944

else943:                                          ; preds = %then940
  store i32 0, ptr %154, align 4
  store i1 true, ptr %153, align 1
  br label %while945

endif944:                                         ; preds = %wdone947, %then942
  fence syncscope("device") seq_cst
  br label %endif941

while945:                                         ; preds = %endif949, %else943
  %6902 = getelementptr i32, ptr %349, i64 1
  %6903 = load atomic i32, ptr %6902 syncscope("device") acquire, align 4
  %6904 = icmp eq i32 %6903, %6878
  %6905 = load i1, ptr %153, align 1
  %6906 = and i1 %6904, %6905
  br i1 %6906, label %wbody946, label %wdone947

wbody946:                                         ; preds = %while945
  call void @llvm.nvvm.nanosleep(i32 64)
  %6907 = load i32, ptr %154, align 4
  %6908 = add i32 %6907, 1
  store i32 %6908, ptr %154, align 4
  %6909 = and i32 %6908, 63
  %6910 = icmp eq i32 %6909, 0
  br i1 %6910, label %then948, label %endif949

wdone947:                                         ; preds = %while945
  br label %endif944

then948:                                          ; preds = %wbody946
  %6911 = getelementptr i32, ptr %349, i64 2
  %6912 = load atomic volatile i32, ptr %6911 monotonic, align 4
  %6913 = icmp eq i32 %6912, 0
  store i1 %6913, ptr %153, align 1
  br label %endif949

endif949:                                         ; preds = %then948, %wbody946
  br label %while945

loop950:                                          ; preds = %endif954, %endif941
  %6914 = load i64, ptr %152, align 8
  %6915 = icmp slt i64 %6914, %6890
  br i1 %6915, label %body951, label %done952

body951:                                          ; preds = %loop950
  %6916 = srem i64 %6914, %346
  %6917 = sdiv i64 %6914, %346
  %6918 = srem i64 %337, 32
  %6919 = mul i64 %6916, 8
  %6920 = add i64 %6919, 1
  %6921 = getelementptr i32, ptr %352, i64 %6920
  %6922 = load i32, ptr %6921, align 4
  %6923 = icmp eq i32 %6922, 0
  br i1 %6923, label %then953, label %endif954

done952:                                          ; preds = %loop950
  call void @llvm.nvvm.barrier0()
  %6924 = icmp eq i64 %337, 0
  br i1 %6924, label %then970, label %endif971

then953:                                          ; preds = %body951
  %6925 = getelementptr i64, ptr %0, i64 0
  %6926 = load i64, ptr %6925, align 8
  %6927 = and i64 %6926, -256
  %6928 = inttoptr i64 %6927 to ptr
  %6929 = getelementptr i8, ptr %6928, i64 0
  %6930 = icmp slt i64 %6917, 32000
  br i1 %6930, label %then955, label %endif956

endif954:                                         ; preds = %endif956, %body951
  %6931 = add i64 %6914, %6891
  store i64 %6931, ptr %152, align 8
  br label %loop950

then955:                                          ; preds = %then953
  %6932 = add i64 %6914, %6891
  %6933 = sdiv i64 %6932, %346
  %6934 = srem i64 %6932, %346
  %6935 = icmp eq i64 %6934, %6916
  %6936 = icmp slt i64 %6933, 32000
  %6937 = and i1 %6935, %6936
  br i1 %6937, label %then957, label %endif958

endif956:                                         ; preds = %endif966, %then953
  br label %endif954

then957:                                          ; preds = %then955
  %6938 = getelementptr i64, ptr %0, i64 0
  %6939 = load i64, ptr %6938, align 8
  %6940 = and i64 %6939, -256
  %6941 = inttoptr i64 %6940 to ptr
  %6942 = getelementptr i8, ptr %6941, i64 0
  %6943 = mul i64 %6933, 288
  %6944 = getelementptr float, ptr %6942, i64 %6943
  %6945 = mul i64 %6918, 128
  store i64 %6945, ptr %151, align 8
  br label %loop959

endif958:                                         ; preds = %done961, %then955
  %6946 = mul i64 %6916, %359
  %6947 = getelementptr i8, ptr %356, i64 %6946
  %6948 = getelementptr i8, ptr %6947, i64 19200
  %6949 = getelementptr i64, ptr %0, i64 0
  %6950 = load i64, ptr %6949, align 8
  %6951 = and i64 %6950, -256
  %6952 = inttoptr i64 %6951 to ptr
  %6953 = getelementptr i8, ptr %6952, i64 0
  %6954 = mul i64 %6917, 288
  %6955 = getelementptr float, ptr %6953, i64 %6954
  %6956 = getelementptr i8, ptr %6889, i64 0
  %6957 = mul i64 %6916, %359
  %6958 = getelementptr i8, ptr %356, i64 %6957
  %6959 = getelementptr i8, ptr %6958, i64 18048
  store i64 0, ptr %150, align 8
  br label %loop962

loop959:                                          ; preds = %body960, %then957
  %6960 = load i64, ptr %151, align 8
  %6961 = icmp slt i64 %6960, 1152
  br i1 %6961, label %body960, label %done961

body960:                                          ; preds = %loop959
  %6962 = getelementptr i8, ptr %6944, i64 %6960
  call void asm sideeffect "prefetch.L2 [$0];", "l"(ptr %6962)
  %6963 = add i64 %6960, 4096
  store i64 %6963, ptr %151, align 8
  br label %loop959

done961:                                          ; preds = %loop959
  br label %endif958

loop962:                                          ; preds = %body963, %endif958
  %6964 = load i64, ptr %150, align 8
  %6965 = icmp slt i64 %6964, 1
  br i1 %6965, label %body963, label %done964

body963:                                          ; preds = %loop962
  %6966 = sdiv i64 %6964, 1
  %6967 = srem i64 %6964, 1
  %6968 = mul i64 %6966, 288
  %6969 = mul i64 %6968, 1
  %6970 = add i64 %6969, %6967
  store float 0.000000e+00, ptr %149, align 4
  %6971 = add i64 %6918, 0
  %6972 = mul i64 %6971, 4
  %6973 = add i64 %6972, 0
  %6974 = mul i64 %6973, 1
  %6975 = add i64 %6970, %6974
  %6976 = getelementptr float, ptr %6955, i64 %6975
  %6977 = load float, ptr %6976, align 4
  %6978 = getelementptr float, ptr %6959, i64 %6975
  %6979 = load float, ptr %6978, align 4
  %6980 = fmul float %6977, %6979
  %6981 = add i64 %6972, 1
  %6982 = mul i64 %6981, 1
  %6983 = add i64 %6970, %6982
  %6984 = getelementptr float, ptr %6955, i64 %6983
  %6985 = load float, ptr %6984, align 4
  %6986 = getelementptr float, ptr %6959, i64 %6983
  %6987 = load float, ptr %6986, align 4
  %6988 = fmul float %6985, %6987
  %6989 = add i64 %6972, 2
  %6990 = mul i64 %6989, 1
  %6991 = add i64 %6970, %6990
  %6992 = getelementptr float, ptr %6955, i64 %6991
  %6993 = load float, ptr %6992, align 4
  %6994 = getelementptr float, ptr %6959, i64 %6991
  %6995 = load float, ptr %6994, align 4
  %6996 = fmul float %6993, %6995
  %6997 = add i64 %6972, 3
  %6998 = mul i64 %6997, 1
  %6999 = add i64 %6970, %6998
  %7000 = getelementptr float, ptr %6955, i64 %6999
  %7001 = load float, ptr %7000, align 4
  %7002 = getelementptr float, ptr %6959, i64 %6999
  %7003 = load float, ptr %7002, align 4
  %7004 = fmul float %7001, %7003
  %7005 = add i64 %6918, 32
  %7006 = mul i64 %7005, 4
  %7007 = add i64 %7006, 0
  %7008 = mul i64 %7007, 1
  %7009 = add i64 %6970, %7008
  %7010 = getelementptr float, ptr %6955, i64 %7009
  %7011 = load float, ptr %7010, align 4
  %7012 = getelementptr float, ptr %6959, i64 %7009
  %7013 = load float, ptr %7012, align 4
  %7014 = fmul float %7011, %7013
  %7015 = add i64 %7006, 1
  %7016 = mul i64 %7015, 1
  %7017 = add i64 %6970, %7016
  %7018 = getelementptr float, ptr %6955, i64 %7017
  %7019 = load float, ptr %7018, align 4
  %7020 = getelementptr float, ptr %6959, i64 %7017
  %7021 = load float, ptr %7020, align 4
  %7022 = fmul float %7019, %7021
  %7023 = add i64 %7006, 2
  %7024 = mul i64 %7023, 1
  %7025 = add i64 %6970, %7024
  %7026 = getelementptr float, ptr %6955, i64 %7025
  %7027 = load float, ptr %7026, align 4
  %7028 = getelementptr float, ptr %6959, i64 %7025
  %7029 = load float, ptr %7028, align 4
  %7030 = fmul float %7027, %7029
  %7031 = add i64 %7006, 3
  %7032 = mul i64 %7031, 1
  %7033 = add i64 %6970, %7032
  %7034 = getelementptr float, ptr %6955, i64 %7033
  %7035 = load float, ptr %7034, align 4
  %7036 = getelementptr float, ptr %6959, i64 %7033
  %7037 = load float, ptr %7036, align 4
  %7038 = fmul float %7035, %7037
  %7039 = add i64 %6918, 64
  %7040 = icmp slt i64 %7039, 72
  %7041 = icmp slt i64 %7039, 71
  %7042 = select i1 %7041, i64 %7039, i64 71
  %7043 = mul i64 %7042, 4
  %7044 = add i64 %7043, 0
  %7045 = mul i64 %7044, 1
  %7046 = add i64 %6970, %7045
  %7047 = getelementptr float, ptr %6955, i64 %7046
  %7048 = load float, ptr %7047, align 4
  %7049 = getelementptr float, ptr %6959, i64 %7046
  %7050 = load float, ptr %7049, align 4
  %7051 = fmul float %7048, %7050
  %7052 = add i64 %7043, 1
  %7053 = mul i64 %7052, 1
  %7054 = add i64 %6970, %7053
  %7055 = getelementptr float, ptr %6955, i64 %7054
  %7056 = load float, ptr %7055, align 4
  %7057 = getelementptr float, ptr %6959, i64 %7054
  %7058 = load float, ptr %7057, align 4
  %7059 = fmul float %7056, %7058
  %7060 = add i64 %7043, 2
  %7061 = mul i64 %7060, 1
  %7062 = add i64 %6970, %7061
  %7063 = getelementptr float, ptr %6955, i64 %7062
  %7064 = load float, ptr %7063, align 4
  %7065 = getelementptr float, ptr %6959, i64 %7062
  %7066 = load float, ptr %7065, align 4
  %7067 = fmul float %7064, %7066
  %7068 = add i64 %7043, 3
  %7069 = mul i64 %7068, 1
  %7070 = add i64 %6970, %7069
  %7071 = getelementptr float, ptr %6955, i64 %7070
  %7072 = load float, ptr %7071, align 4
  %7073 = getelementptr float, ptr %6959, i64 %7070
  %7074 = load float, ptr %7073, align 4
  %7075 = fmul float %7072, %7074
  %7076 = load float, ptr %149, align 4
  %7077 = fadd float %7076, %6980
  store float %7077, ptr %149, align 4
  %7078 = load float, ptr %149, align 4
  %7079 = fadd float %7078, %6988
  store float %7079, ptr %149, align 4
  %7080 = load float, ptr %149, align 4
  %7081 = fadd float %7080, %6996
  store float %7081, ptr %149, align 4
  %7082 = load float, ptr %149, align 4
  %7083 = fadd float %7082, %7004
  store float %7083, ptr %149, align 4
  %7084 = load float, ptr %149, align 4
  %7085 = fadd float %7084, %7014
  store float %7085, ptr %149, align 4
  %7086 = load float, ptr %149, align 4
  %7087 = fadd float %7086, %7022
  store float %7087, ptr %149, align 4
  %7088 = load float, ptr %149, align 4
  %7089 = fadd float %7088, %7030
  store float %7089, ptr %149, align 4
  %7090 = load float, ptr %149, align 4
  %7091 = fadd float %7090, %7038
  store float %7091, ptr %149, align 4
  %7092 = load float, ptr %149, align 4
  %7093 = fadd float %7092, %7051
  %7094 = select i1 %7040, float %7093, float %7092
  store float %7094, ptr %149, align 4
  %7095 = load float, ptr %149, align 4
  %7096 = fadd float %7095, %7059
  %7097 = select i1 %7040, float %7096, float %7095
  store float %7097, ptr %149, align 4
  %7098 = load float, ptr %149, align 4
  %7099 = fadd float %7098, %7067
  %7100 = select i1 %7040, float %7099, float %7098
  store float %7100, ptr %149, align 4
  %7101 = load float, ptr %149, align 4
  %7102 = fadd float %7101, %7075
  %7103 = select i1 %7040, float %7102, float %7101
  store float %7103, ptr %149, align 4
  %7104 = load float, ptr %149, align 4
  %7105 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7104, i32 16, i32 31)
  %7106 = fadd float %7104, %7105
  %7107 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7106, i32 8, i32 31)
  %7108 = fadd float %7106, %7107
  %7109 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7108, i32 4, i32 31)
  %7110 = fadd float %7108, %7109
  %7111 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7110, i32 2, i32 31)
  %7112 = fadd float %7110, %7111
  %7113 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7112, i32 1, i32 31)
  %7114 = fadd float %7112, %7113
  %7115 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %7114, i32 0, i32 31)
  %7116 = getelementptr float, ptr %6956, i64 %6964
  store float %7115, ptr %7116, align 4
  %7117 = add i64 %6964, 1
  store i64 %7117, ptr %150, align 8
  br label %loop962

done964:                                          ; preds = %loop962
  %7118 = icmp eq i64 %6918, 0
  br i1 %7118, label %then965, label %endif966

then965:                                          ; preds = %done964
  %7119 = getelementptr i8, ptr %6889, i64 0
  %7120 = mul i64 %6917, 1
  %7121 = getelementptr float, ptr %6948, i64 %7120
  store i64 0, ptr %148, align 8
  br label %loop967

endif966:                                         ; preds = %done969, %done964
  br label %endif956

loop967:                                          ; preds = %body968, %then965
  %7122 = load i64, ptr %148, align 8
  %7123 = icmp slt i64 %7122, 1
  br i1 %7123, label %body968, label %done969

body968:                                          ; preds = %loop967
  %7124 = getelementptr float, ptr %7119, i64 %7122
  %7125 = load float, ptr %7124, align 4
  %7126 = getelementptr float, ptr %7121, i64 %7122
  store float %7125, ptr %7126, align 4
  %7127 = add i64 %7122, 1
  store i64 %7127, ptr %148, align 8
  br label %loop967

done969:                                          ; preds = %loop967
  br label %endif966

then970:                                          ; preds = %done952
  fence syncscope("device") seq_cst
  %7128 = getelementptr i32, ptr %349, i64 20
  %7129 = atomicrmw add ptr %7128, i32 1 syncscope("device") release, align 4
  br label %endif971

endif971:                                         ; preds = %then970, %done952
  %7130 = load i32, ptr %328, align 4
  %7131 = add i32 %7130, 1
  store i32 %7131, ptr %328, align 4
  %7132 = icmp slt i64 %335, %346
  br i1 %7132, label %then972, label %endif973

then972:                                          ; preds = %endif971
  %7133 = icmp eq i64 %337, 0
  br i1 %7133, label %then974, label %endif975

endif973:                                         ; preds = %endif975, %endif971
  store i64 %335, ptr %145, align 8
  br label %loop981

then974:                                          ; preds = %then972
  %7134 = load i32, ptr %328, align 4
  %7135 = trunc i64 %339 to i32
  %7136 = mul i32 %7134, %7135
  store i32 0, ptr %147, align 4
  store i1 true, ptr %146, align 1
  br label %while976

endif975:                                         ; preds = %wdone978, %then972
  call void @llvm.nvvm.barrier0()
  br label %endif973

while976:                                         ; preds = %endif980, %then974
  %7137 = getelementptr i32, ptr %349, i64 20
  %7138 = load atomic i32, ptr %7137 syncscope("device") acquire, align 4
  %7139 = sub i32 %7138, %7136
  %7140 = icmp slt i32 %7139, 0
  %7141 = load i1, ptr %146, align 1
  %7142 = and i1 %7140, %7141
  br i1 %7142, label %wbody977, label %wdone978

wbody977:                                         ; preds = %while976
  call void @llvm.nvvm.nanosleep(i32 64)
  %7143 = load i32, ptr %147, align 4
  %7144 = add i32 %7143, 1
  store i32 %7144, ptr %147, align 4
  %7145 = and i32 %7144, 63
  %7146 = icmp eq i32 %7145, 0
  br i1 %7146, label %then979, label %endif980

wdone978:                                         ; preds = %while976
  fence syncscope("device") seq_cst
  br label %endif975

then979:                                          ; preds = %wbody977
  %7147 = getelementptr i32, ptr %349, i64 2
  %7148 = load atomic volatile i32, ptr %7147 monotonic, align 4
  %7149 = icmp eq i32 %7148, 0
  store i1 %7149, ptr %146, align 1
  br label %endif980

endif980:                                         ; preds = %then979, %wbody977
  br label %while976

loop981:                                          ; preds = %endif985, %endif973
  %7150 = load i64, ptr %145, align 8
  %7151 = icmp slt i64 %7150, %346
  br i1 %7151, label %body982, label %done983

body982:                                          ; preds = %loop981
  %7152 = mul i64 %7150, 8
  %7153 = add i64 %7152, 1
  %7154 = getelementptr i32, ptr %352, i64 %7153
  %7155 = load i32, ptr %7154, align 4
  %7156 = icmp eq i32 %7155, 0
  br i1 %7156, label %then984, label %endif985

done983:                                          ; preds = %loop981
  store i64 %335, ptr %10, align 8
  br label %loop1908

then984:                                          ; preds = %body982
  %7157 = mul i64 %7150, %359
  %7158 = getelementptr i8, ptr %356, i64 %7157
  %7159 = getelementptr i8, ptr %7158, i64 0
  %7160 = mul i64 %7150, %359
  %7161 = getelementptr i8, ptr %356, i64 %7160
  %7162 = getelementptr i8, ptr %7161, i64 19200
  %7163 = getelementptr i64, ptr %0, i64 1
  %7164 = load i64, ptr %7163, align 8
  %7165 = inttoptr i64 %7164 to ptr
  %7166 = getelementptr i32, ptr %7165, i64 0
  %7167 = getelementptr i64, ptr %0, i64 1
  %7168 = load i64, ptr %7167, align 8
  %7169 = inttoptr i64 %7168 to ptr
  %7170 = getelementptr i32, ptr %7169, i64 1
  %7171 = getelementptr i64, ptr %0, i64 1
  %7172 = load i64, ptr %7171, align 8
  %7173 = inttoptr i64 %7172 to ptr
  %7174 = getelementptr i32, ptr %7173, i64 2
  %7175 = getelementptr i64, ptr %0, i64 1
  %7176 = load i64, ptr %7175, align 8
  %7177 = inttoptr i64 %7176 to ptr
  %7178 = getelementptr i32, ptr %7177, i64 3
  %7179 = getelementptr i64, ptr %0, i64 1
  %7180 = load i64, ptr %7179, align 8
  %7181 = inttoptr i64 %7180 to ptr
  %7182 = getelementptr i32, ptr %7181, i64 4
  %7183 = getelementptr i64, ptr %0, i64 4
  %7184 = load i64, ptr %7183, align 8
  %7185 = inttoptr i64 %7184 to ptr
  %7186 = getelementptr i32, ptr %7185, i64 %7150
  %7187 = mul i64 %7150, %359
  %7188 = getelementptr i8, ptr %356, i64 %7187
  %7189 = getelementptr i8, ptr %7188, i64 704
  %7190 = mul i64 %7150, %359
  %7191 = getelementptr i8, ptr %356, i64 %7190
  %7192 = getelementptr i8, ptr %7191, i64 148352
  %7193 = mul i64 %7150, %359
  %7194 = getelementptr i8, ptr %356, i64 %7193
  %7195 = getelementptr i8, ptr %7194, i64 276352
  %7196 = mul i64 %7150, %359
  %7197 = getelementptr i8, ptr %356, i64 %7196
  %7198 = getelementptr i8, ptr %7197, i64 538496
  %7199 = getelementptr float, ptr %7166, i64 0
  %7200 = load float, ptr %7199, align 4
  %7201 = fcmp oeq float %7200, 0.000000e+00
  br i1 %7201, label %then986, label %else987

endif985:                                         ; preds = %done1907, %body982
  %7202 = add i64 %7150, %339
  store i64 %7202, ptr %145, align 8
  br label %loop981

then986:                                          ; preds = %then984
  store i64 -1, ptr %144, align 8
  store float 0xFFF0000000000000, ptr %143, align 4
  %7203 = mul i64 %341, 8
  store i64 %337, ptr %142, align 8
  br label %loop989

else987:                                          ; preds = %then984
  store float 0xFFF0000000000000, ptr %138, align 4
  store i64 %337, ptr %137, align 8
  br label %loop1033

endif988:                                         ; preds = %endif1049, %endif1032
  call void @llvm.nvvm.barrier0()
  %7204 = mul i64 %7150, %359
  %7205 = getelementptr i8, ptr %356, i64 %7204
  %7206 = getelementptr i8, ptr %7205, i64 16
  %7207 = mul i64 %7150, %359
  %7208 = getelementptr i8, ptr %356, i64 %7207
  %7209 = getelementptr i8, ptr %7208, i64 672
  %7210 = getelementptr i64, ptr %0, i64 2
  %7211 = load i64, ptr %7210, align 8
  %7212 = inttoptr i64 %7211 to ptr
  %7213 = getelementptr i64, ptr %0, i64 20
  %7214 = load i64, ptr %7213, align 8
  %7215 = mul i64 %7150, %7214
  %7216 = getelementptr i32, ptr %7212, i64 %7215
  %7217 = getelementptr i64, ptr %0, i64 3
  %7218 = load i64, ptr %7217, align 8
  %7219 = inttoptr i64 %7218 to ptr
  %7220 = getelementptr i32, ptr %7219, i64 %7150
  %7221 = load i32, ptr %7220, align 4
  %7222 = sext i32 %7221 to i64
  %7223 = mul i64 1, %7222
  %7224 = add i64 0, %7223
  %7225 = mul i64 %7150, %359
  %7226 = getelementptr i8, ptr %356, i64 %7225
  %7227 = getelementptr i8, ptr %7226, i64 688
  %7228 = getelementptr i32, ptr %7227, i64 0
  %7229 = load i32, ptr %7228, align 4
  %7230 = sext i32 %7229 to i64
  %7231 = icmp slt i64 %7230, 0
  %7232 = icmp sge i64 %7230, %7224
  %7233 = or i1 %7231, %7232
  br i1 %7233, label %then1900, label %endif1901

loop989:                                          ; preds = %endif1021, %then986
  %7234 = load i64, ptr %142, align 8
  %7235 = icmp slt i64 %7234, 32000
  br i1 %7235, label %body990, label %done991

body990:                                          ; preds = %loop989
  %7236 = mul i64 %341, 0
  %7237 = add i64 %7234, %7236
  %7238 = icmp slt i64 %7237, 32000
  %7239 = select i1 %7238, i64 %7237, i64 0
  %7240 = getelementptr float, ptr %7162, i64 %7239
  %7241 = load float, ptr %7240, align 4
  %7242 = mul i64 %341, 1
  %7243 = add i64 %7234, %7242
  %7244 = icmp slt i64 %7243, 32000
  %7245 = select i1 %7244, i64 %7243, i64 0
  %7246 = getelementptr float, ptr %7162, i64 %7245
  %7247 = load float, ptr %7246, align 4
  %7248 = mul i64 %341, 2
  %7249 = add i64 %7234, %7248
  %7250 = icmp slt i64 %7249, 32000
  %7251 = select i1 %7250, i64 %7249, i64 0
  %7252 = getelementptr float, ptr %7162, i64 %7251
  %7253 = load float, ptr %7252, align 4
  %7254 = mul i64 %341, 3
  %7255 = add i64 %7234, %7254
  %7256 = icmp slt i64 %7255, 32000
  %7257 = select i1 %7256, i64 %7255, i64 0
  %7258 = getelementptr float, ptr %7162, i64 %7257
  %7259 = load float, ptr %7258, align 4
  %7260 = mul i64 %341, 4
  %7261 = add i64 %7234, %7260
  %7262 = icmp slt i64 %7261, 32000
  %7263 = select i1 %7262, i64 %7261, i64 0
  %7264 = getelementptr float, ptr %7162, i64 %7263
  %7265 = load float, ptr %7264, align 4
  %7266 = mul i64 %341, 5
  %7267 = add i64 %7234, %7266
  %7268 = icmp slt i64 %7267, 32000
  %7269 = select i1 %7268, i64 %7267, i64 0
  %7270 = getelementptr float, ptr %7162, i64 %7269
  %7271 = load float, ptr %7270, align 4
  %7272 = mul i64 %341, 6
  %7273 = add i64 %7234, %7272
  %7274 = icmp slt i64 %7273, 32000
  %7275 = select i1 %7274, i64 %7273, i64 0
  %7276 = getelementptr float, ptr %7162, i64 %7275
  %7277 = load float, ptr %7276, align 4
  %7278 = mul i64 %341, 7
  %7279 = add i64 %7234, %7278
  %7280 = icmp slt i64 %7279, 32000
  %7281 = select i1 %7280, i64 %7279, i64 0
  %7282 = getelementptr float, ptr %7162, i64 %7281
  %7283 = load float, ptr %7282, align 4
  br i1 %7238, label %then992, label %endif993

done991:                                          ; preds = %loop989
  %7284 = load i64, ptr %144, align 8
  %7285 = trunc i64 %7284 to i32
  %7286 = load float, ptr %143, align 4
  %7287 = mul i64 %7150, %359
  %7288 = getelementptr i8, ptr %356, i64 %7287
  %7289 = getelementptr i8, ptr %7288, i64 538512
  %7290 = mul i64 %7150, %359
  %7291 = getelementptr i8, ptr %356, i64 %7290
  %7292 = getelementptr i8, ptr %7291, i64 542608
  %7293 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7285, i32 16, i32 31)
  %7294 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7286, i32 16, i32 31)
  %7295 = icmp sge i32 %7293, 0
  %7296 = icmp slt i32 %7285, 0
  %7297 = fcmp ogt float %7294, %7286
  %7298 = fcmp oeq float %7294, %7286
  %7299 = icmp slt i32 %7293, %7285
  %7300 = and i1 %7298, %7299
  %7301 = or i1 %7297, %7300
  %7302 = or i1 %7296, %7301
  %7303 = and i1 %7295, %7302
  %7304 = select i1 %7303, i32 %7293, i32 %7285
  %7305 = select i1 %7303, float %7294, float %7286
  %7306 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7304, i32 8, i32 31)
  %7307 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7305, i32 8, i32 31)
  %7308 = icmp sge i32 %7306, 0
  %7309 = icmp slt i32 %7304, 0
  %7310 = fcmp ogt float %7307, %7305
  %7311 = fcmp oeq float %7307, %7305
  %7312 = icmp slt i32 %7306, %7304
  %7313 = and i1 %7311, %7312
  %7314 = or i1 %7310, %7313
  %7315 = or i1 %7309, %7314
  %7316 = and i1 %7308, %7315
  %7317 = select i1 %7316, i32 %7306, i32 %7304
  %7318 = select i1 %7316, float %7307, float %7305
  %7319 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7317, i32 4, i32 31)
  %7320 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7318, i32 4, i32 31)
  %7321 = icmp sge i32 %7319, 0
  %7322 = icmp slt i32 %7317, 0
  %7323 = fcmp ogt float %7320, %7318
  %7324 = fcmp oeq float %7320, %7318
  %7325 = icmp slt i32 %7319, %7317
  %7326 = and i1 %7324, %7325
  %7327 = or i1 %7323, %7326
  %7328 = or i1 %7322, %7327
  %7329 = and i1 %7321, %7328
  %7330 = select i1 %7329, i32 %7319, i32 %7317
  %7331 = select i1 %7329, float %7320, float %7318
  %7332 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7330, i32 2, i32 31)
  %7333 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7331, i32 2, i32 31)
  %7334 = icmp sge i32 %7332, 0
  %7335 = icmp slt i32 %7330, 0
  %7336 = fcmp ogt float %7333, %7331
  %7337 = fcmp oeq float %7333, %7331
  %7338 = icmp slt i32 %7332, %7330
  %7339 = and i1 %7337, %7338
  %7340 = or i1 %7336, %7339
  %7341 = or i1 %7335, %7340
  %7342 = and i1 %7334, %7341
  %7343 = select i1 %7342, i32 %7332, i32 %7330
  %7344 = select i1 %7342, float %7333, float %7331
  %7345 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7343, i32 1, i32 31)
  %7346 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7344, i32 1, i32 31)
  %7347 = icmp sge i32 %7345, 0
  %7348 = icmp slt i32 %7343, 0
  %7349 = fcmp ogt float %7346, %7344
  %7350 = fcmp oeq float %7346, %7344
  %7351 = icmp slt i32 %7345, %7343
  %7352 = and i1 %7350, %7351
  %7353 = or i1 %7349, %7352
  %7354 = or i1 %7348, %7353
  %7355 = and i1 %7347, %7354
  %7356 = select i1 %7355, i32 %7345, i32 %7343
  %7357 = select i1 %7355, float %7346, float %7344
  %7358 = sdiv i64 %341, 32
  %7359 = sdiv i64 %337, 32
  %7360 = srem i64 %337, 32
  %7361 = icmp eq i64 %7360, 0
  br i1 %7361, label %then1024, label %endif1025

then992:                                          ; preds = %body990
  %7362 = load float, ptr %143, align 4
  %7363 = load i64, ptr %144, align 8
  %7364 = icmp slt i64 %7363, 0
  %7365 = fcmp ogt float %7241, %7362
  %7366 = fcmp oeq float %7241, %7362
  %7367 = and i1 %7364, %7366
  %7368 = or i1 %7365, %7367
  br i1 %7368, label %then994, label %endif995

endif993:                                         ; preds = %endif995, %body990
  br i1 %7244, label %then996, label %endif997

then994:                                          ; preds = %then992
  store i64 %7237, ptr %144, align 8
  store float %7241, ptr %143, align 4
  br label %endif995

endif995:                                         ; preds = %then994, %then992
  br label %endif993

then996:                                          ; preds = %endif993
  %7369 = load float, ptr %143, align 4
  %7370 = load i64, ptr %144, align 8
  %7371 = icmp slt i64 %7370, 0
  %7372 = fcmp ogt float %7247, %7369
  %7373 = fcmp oeq float %7247, %7369
  %7374 = and i1 %7371, %7373
  %7375 = or i1 %7372, %7374
  br i1 %7375, label %then998, label %endif999

endif997:                                         ; preds = %endif999, %endif993
  br i1 %7250, label %then1000, label %endif1001

then998:                                          ; preds = %then996
  store i64 %7243, ptr %144, align 8
  store float %7247, ptr %143, align 4
  br label %endif999

endif999:                                         ; preds = %then998, %then996
  br label %endif997

then1000:                                         ; preds = %endif997
  %7376 = load float, ptr %143, align 4
  %7377 = load i64, ptr %144, align 8
  %7378 = icmp slt i64 %7377, 0
  %7379 = fcmp ogt float %7253, %7376
  %7380 = fcmp oeq float %7253, %7376
  %7381 = and i1 %7378, %7380
  %7382 = or i1 %7379, %7381
  br i1 %7382, label %then1002, label %endif1003

endif1001:                                        ; preds = %endif1003, %endif997
  br i1 %7256, label %then1004, label %endif1005

then1002:                                         ; preds = %then1000
  store i64 %7249, ptr %144, align 8
  store float %7253, ptr %143, align 4
  br label %endif1003

endif1003:                                        ; preds = %then1002, %then1000
  br label %endif1001

then1004:                                         ; preds = %endif1001
  %7383 = load float, ptr %143, align 4
  %7384 = load i64, ptr %144, align 8
  %7385 = icmp slt i64 %7384, 0
  %7386 = fcmp ogt float %7259, %7383
  %7387 = fcmp oeq float %7259, %7383
  %7388 = and i1 %7385, %7387
  %7389 = or i1 %7386, %7388
  br i1 %7389, label %then1006, label %endif1007

endif1005:                                        ; preds = %endif1007, %endif1001
  br i1 %7262, label %then1008, label %endif1009

then1006:                                         ; preds = %then1004
  store i64 %7255, ptr %144, align 8
  store float %7259, ptr %143, align 4
  br label %endif1007

endif1007:                                        ; preds = %then1006, %then1004
  br label %endif1005

then1008:                                         ; preds = %endif1005
  %7390 = load float, ptr %143, align 4
  %7391 = load i64, ptr %144, align 8
  %7392 = icmp slt i64 %7391, 0
  %7393 = fcmp ogt float %7265, %7390
  %7394 = fcmp oeq float %7265, %7390
  %7395 = and i1 %7392, %7394
  %7396 = or i1 %7393, %7395
  br i1 %7396, label %then1010, label %endif1011

endif1009:                                        ; preds = %endif1011, %endif1005
  br i1 %7268, label %then1012, label %endif1013

then1010:                                         ; preds = %then1008
  store i64 %7261, ptr %144, align 8
  store float %7265, ptr %143, align 4
  br label %endif1011

endif1011:                                        ; preds = %then1010, %then1008
  br label %endif1009

then1012:                                         ; preds = %endif1009
  %7397 = load float, ptr %143, align 4
  %7398 = load i64, ptr %144, align 8
  %7399 = icmp slt i64 %7398, 0
  %7400 = fcmp ogt float %7271, %7397
  %7401 = fcmp oeq float %7271, %7397
  %7402 = and i1 %7399, %7401
  %7403 = or i1 %7400, %7402
  br i1 %7403, label %then1014, label %endif1015

endif1013:                                        ; preds = %endif1015, %endif1009
  br i1 %7274, label %then1016, label %endif1017

then1014:                                         ; preds = %then1012
  store i64 %7267, ptr %144, align 8
  store float %7271, ptr %143, align 4
  br label %endif1015

endif1015:                                        ; preds = %then1014, %then1012
  br label %endif1013

then1016:                                         ; preds = %endif1013
  %7404 = load float, ptr %143, align 4
  %7405 = load i64, ptr %144, align 8
  %7406 = icmp slt i64 %7405, 0
  %7407 = fcmp ogt float %7277, %7404
  %7408 = fcmp oeq float %7277, %7404
  %7409 = and i1 %7406, %7408
  %7410 = or i1 %7407, %7409
  br i1 %7410, label %then1018, label %endif1019

endif1017:                                        ; preds = %endif1019, %endif1013
  br i1 %7280, label %then1020, label %endif1021

then1018:                                         ; preds = %then1016
  store i64 %7273, ptr %144, align 8
  store float %7277, ptr %143, align 4
  br label %endif1019

endif1019:                                        ; preds = %then1018, %then1016
  br label %endif1017

then1020:                                         ; preds = %endif1017
  %7411 = load float, ptr %143, align 4
  %7412 = load i64, ptr %144, align 8
  %7413 = icmp slt i64 %7412, 0
  %7414 = fcmp ogt float %7283, %7411
  %7415 = fcmp oeq float %7283, %7411
  %7416 = and i1 %7413, %7415
  %7417 = or i1 %7414, %7416
  br i1 %7417, label %then1022, label %endif1023

endif1021:                                        ; preds = %endif1023, %endif1017
  %7418 = add i64 %7234, %7203
  store i64 %7418, ptr %142, align 8
  br label %loop989

then1022:                                         ; preds = %then1020
  store i64 %7279, ptr %144, align 8
  store float %7283, ptr %143, align 4
  br label %endif1023

endif1023:                                        ; preds = %then1022, %then1020
  br label %endif1021

then1024:                                         ; preds = %done991
  %7419 = getelementptr i32, ptr %7289, i64 %7359
  store i32 %7356, ptr %7419, align 4
  %7420 = getelementptr float, ptr %7292, i64 %7359
  store float %7357, ptr %7420, align 4
  br label %endif1025

endif1025:                                        ; preds = %then1024, %done991
  call void @llvm.nvvm.barrier0()
  store i32 -1, ptr %141, align 4
  store float 0xFFF0000000000000, ptr %140, align 4
  store i64 0, ptr %139, align 8
  br label %loop1026

loop1026:                                         ; preds = %endif1030, %endif1025
  %7421 = load i64, ptr %139, align 8
  %7422 = icmp slt i64 %7421, %7358
  br i1 %7422, label %body1027, label %done1028

body1027:                                         ; preds = %loop1026
  %7423 = getelementptr i32, ptr %7289, i64 %7421
  %7424 = load i32, ptr %7423, align 4
  %7425 = getelementptr float, ptr %7292, i64 %7421
  %7426 = load float, ptr %7425, align 4
  %7427 = load i32, ptr %141, align 4
  %7428 = load float, ptr %140, align 4
  %7429 = icmp sge i32 %7424, 0
  %7430 = icmp slt i32 %7427, 0
  %7431 = fcmp ogt float %7426, %7428
  %7432 = fcmp oeq float %7426, %7428
  %7433 = icmp slt i32 %7424, %7427
  %7434 = and i1 %7432, %7433
  %7435 = or i1 %7431, %7434
  %7436 = or i1 %7430, %7435
  %7437 = and i1 %7429, %7436
  br i1 %7437, label %then1029, label %endif1030

done1028:                                         ; preds = %loop1026
  %7438 = load i32, ptr %141, align 4
  %7439 = load float, ptr %140, align 4
  %7440 = icmp eq i64 %337, 0
  br i1 %7440, label %then1031, label %endif1032

then1029:                                         ; preds = %body1027
  store i32 %7424, ptr %141, align 4
  store float %7426, ptr %140, align 4
  br label %endif1030

endif1030:                                        ; preds = %then1029, %body1027
  %7441 = add i64 %7421, 1
  store i64 %7441, ptr %139, align 8
  br label %loop1026

then1031:                                         ; preds = %done1028
  %7442 = icmp slt i32 %7438, 0
  %7443 = select i1 %7442, i32 0, i32 %7438
  %7444 = getelementptr i32, ptr %7159, i64 0
  store i32 %7443, ptr %7444, align 4
  br label %endif1032

endif1032:                                        ; preds = %then1031, %done1028
  br label %endif988

loop1033:                                         ; preds = %endif1037, %else987
  %7445 = load i64, ptr %137, align 8
  %7446 = icmp slt i64 %7445, 32000
  br i1 %7446, label %body1034, label %done1035

body1034:                                         ; preds = %loop1033
  %7447 = getelementptr float, ptr %7162, i64 %7445
  %7448 = load float, ptr %7447, align 4
  %7449 = fdiv float %7448, %7200
  %7450 = load float, ptr %138, align 4
  %7451 = fcmp ogt float %7449, %7450
  br i1 %7451, label %then1036, label %endif1037

done1035:                                         ; preds = %loop1033
  %7452 = load float, ptr %138, align 4
  %7453 = mul i64 %7150, %359
  %7454 = getelementptr i8, ptr %356, i64 %7453
  %7455 = getelementptr i8, ptr %7454, i64 546704
  %7456 = mul i64 %7150, %359
  %7457 = getelementptr i8, ptr %356, i64 %7456
  %7458 = getelementptr i8, ptr %7457, i64 550800
  %7459 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 0, i32 16, i32 31)
  %7460 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7452, i32 16, i32 31)
  %7461 = fcmp ogt float %7460, %7452
  %7462 = select i1 %7461, i32 %7459, i32 0
  %7463 = select i1 %7461, float %7460, float %7452
  %7464 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7462, i32 8, i32 31)
  %7465 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7463, i32 8, i32 31)
  %7466 = fcmp ogt float %7465, %7463
  %7467 = select i1 %7466, i32 %7464, i32 %7462
  %7468 = select i1 %7466, float %7465, float %7463
  %7469 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7467, i32 4, i32 31)
  %7470 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7468, i32 4, i32 31)
  %7471 = fcmp ogt float %7470, %7468
  %7472 = select i1 %7471, i32 %7469, i32 %7467
  %7473 = select i1 %7471, float %7470, float %7468
  %7474 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7472, i32 2, i32 31)
  %7475 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7473, i32 2, i32 31)
  %7476 = fcmp ogt float %7475, %7473
  %7477 = select i1 %7476, i32 %7474, i32 %7472
  %7478 = select i1 %7476, float %7475, float %7473
  %7479 = call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %7477, i32 1, i32 31)
  %7480 = call float @llvm.nvvm.shfl.sync.down.f32(i32 -1, float %7478, i32 1, i32 31)
  %7481 = fcmp ogt float %7480, %7478
  %7482 = select i1 %7481, i32 %7479, i32 %7477
  %7483 = select i1 %7481, float %7480, float %7478
  %7484 = sdiv i64 %341, 32
  %7485 = sdiv i64 %337, 32
  %7486 = srem i64 %337, 32
  %7487 = icmp eq i64 %7486, 0
  br i1 %7487, label %then1038, label %endif1039

then1036:                                         ; preds = %body1034
  store float %7449, ptr %138, align 4
  br label %endif1037

endif1037:                                        ; preds = %then1036, %body1034
  %7488 = add i64 %7445, %341
  store i64 %7488, ptr %137, align 8
  br label %loop1033

then1038:                                         ; preds = %done1035
  %7489 = getelementptr i32, ptr %7455, i64 %7485
  store i32 %7482, ptr %7489, align 4
  %7490 = getelementptr float, ptr %7458, i64 %7485
  store float %7483, ptr %7490, align 4
  br label %endif1039

endif1039:                                        ; preds = %then1038, %done1035
  call void @llvm.nvvm.barrier0()
  store i32 -1, ptr %136, align 4
  store float 0xFFF0000000000000, ptr %135, align 4
  store i64 0, ptr %134, align 8
  br label %loop1040

loop1040:                                         ; preds = %endif1044, %endif1039
  %7491 = load i64, ptr %134, align 8
  %7492 = icmp slt i64 %7491, %7484
  br i1 %7492, label %body1041, label %done1042

body1041:                                         ; preds = %loop1040
  %7493 = getelementptr i32, ptr %7455, i64 %7491
  %7494 = load i32, ptr %7493, align 4
  %7495 = getelementptr float, ptr %7458, i64 %7491
  %7496 = load float, ptr %7495, align 4
  %7497 = load i32, ptr %136, align 4
  %7498 = load float, ptr %135, align 4
  %7499 = fcmp ogt float %7496, %7498
  br i1 %7499, label %then1043, label %endif1044

done1042:                                         ; preds = %loop1040
  %7500 = load i32, ptr %136, align 4
  %7501 = load float, ptr %135, align 4
  %7502 = icmp eq i64 %337, 0
  br i1 %7502, label %then1045, label %endif1046

then1043:                                         ; preds = %body1041
  store i32 %7494, ptr %136, align 4
  store float %7496, ptr %135, align 4
  br label %endif1044

endif1044:                                        ; preds = %then1043, %body1041
  %7503 = add i64 %7491, 1
  store i64 %7503, ptr %134, align 8
  br label %loop1040

then1045:                                         ; preds = %done1042
  store float %7501, ptr %7198, align 4
  br label %endif1046

endif1046:                                        ; preds = %then1045, %done1042
  call void @llvm.nvvm.barrier0()
  %7504 = load float, ptr %7198, align 4
  %7505 = call float @llvm.fabs.f32(float %7504)
  %7506 = fcmp olt float %7505, 0x7FF0000000000000
  br i1 %7506, label %then1047, label %else1048

then1047:                                         ; preds = %endif1046
  store i64 %337, ptr %133, align 8
  br label %loop1050

else1048:                                         ; preds = %endif1046
  %7507 = icmp eq i64 %337, 0
  br i1 %7507, label %then1898, label %endif1899

endif1049:                                        ; preds = %endif1899, %endif1897
  br label %endif988

loop1050:                                         ; preds = %endif1055, %then1047
  %7508 = load i64, ptr %133, align 8
  %7509 = icmp slt i64 %7508, 32768
  br i1 %7509, label %body1051, label %done1052

body1051:                                         ; preds = %loop1050
  %7510 = icmp slt i64 %7508, 32000
  br i1 %7510, label %then1053, label %else1054

done1052:                                         ; preds = %loop1050
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %132, align 8
  br label %loop1056

then1053:                                         ; preds = %body1051
  %7511 = getelementptr float, ptr %7162, i64 %7508
  %7512 = load float, ptr %7511, align 4
  %7513 = fdiv float %7512, %7200
  %7514 = fsub float %7513, %7504
  %7515 = fpext float %7514 to double
  %7516 = call double @fractal_exp(double %7515)
  %7517 = fptrunc double %7516 to float
  %7518 = fcmp uno float %7513, %7513
  %7519 = select i1 %7518, float 0.000000e+00, float %7517
  %7520 = getelementptr float, ptr %7192, i64 %7508
  store float %7519, ptr %7520, align 4
  %7521 = bitcast float %7519 to i32
  %7522 = sub i32 2147483647, %7521
  %7523 = sext i32 %7522 to i64
  %7524 = shl i64 %7523, 32
  %7525 = or i64 %7524, %7508
  %7526 = getelementptr i64, ptr %7195, i64 %7508
  store i64 %7525, ptr %7526, align 8
  br label %endif1055

else1054:                                         ; preds = %body1051
  %7527 = getelementptr i64, ptr %7195, i64 %7508
  store i64 9223372036854775807, ptr %7527, align 8
  br label %endif1055

endif1055:                                        ; preds = %else1054, %then1053
  %7528 = add i64 %7508, %341
  store i64 %7528, ptr %133, align 8
  br label %loop1050

loop1056:                                         ; preds = %endif1060, %done1052
  %7529 = load i64, ptr %132, align 8
  %7530 = icmp slt i64 %7529, 32768
  br i1 %7530, label %body1057, label %done1058

body1057:                                         ; preds = %loop1056
  %7531 = xor i64 %7529, 1
  %7532 = icmp sgt i64 %7531, %7529
  br i1 %7532, label %then1059, label %endif1060

done1058:                                         ; preds = %loop1056
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %131, align 8
  br label %loop1063

then1059:                                         ; preds = %body1057
  %7533 = getelementptr i64, ptr %7195, i64 %7529
  %7534 = load i64, ptr %7533, align 8
  %7535 = getelementptr i64, ptr %7195, i64 %7531
  %7536 = load i64, ptr %7535, align 8
  %7537 = and i64 %7529, 2
  %7538 = icmp eq i64 %7537, 0
  %7539 = icmp sgt i64 %7534, %7536
  %7540 = icmp slt i64 %7534, %7536
  %7541 = select i1 %7538, i1 %7539, i1 %7540
  br i1 %7541, label %then1061, label %endif1062

endif1060:                                        ; preds = %endif1062, %body1057
  %7542 = add i64 %7529, %341
  store i64 %7542, ptr %132, align 8
  br label %loop1056

then1061:                                         ; preds = %then1059
  %7543 = getelementptr i64, ptr %7195, i64 %7529
  store i64 %7536, ptr %7543, align 8
  %7544 = getelementptr i64, ptr %7195, i64 %7531
  store i64 %7534, ptr %7544, align 8
  br label %endif1062

endif1062:                                        ; preds = %then1061, %then1059
  br label %endif1060

loop1063:                                         ; preds = %endif1067, %done1058
  %7545 = load i64, ptr %131, align 8
  %7546 = icmp slt i64 %7545, 32768
  br i1 %7546, label %body1064, label %done1065

body1064:                                         ; preds = %loop1063
  %7547 = xor i64 %7545, 2
  %7548 = icmp sgt i64 %7547, %7545
  br i1 %7548, label %then1066, label %endif1067

done1065:                                         ; preds = %loop1063
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %130, align 8
  br label %loop1070

then1066:                                         ; preds = %body1064
  %7549 = getelementptr i64, ptr %7195, i64 %7545
  %7550 = load i64, ptr %7549, align 8
  %7551 = getelementptr i64, ptr %7195, i64 %7547
  %7552 = load i64, ptr %7551, align 8
  %7553 = and i64 %7545, 4
  %7554 = icmp eq i64 %7553, 0
  %7555 = icmp sgt i64 %7550, %7552
  %7556 = icmp slt i64 %7550, %7552
  %7557 = select i1 %7554, i1 %7555, i1 %7556
  br i1 %7557, label %then1068, label %endif1069

endif1067:                                        ; preds = %endif1069, %body1064
  %7558 = add i64 %7545, %341
  store i64 %7558, ptr %131, align 8
  br label %loop1063

then1068:                                         ; preds = %then1066
  %7559 = getelementptr i64, ptr %7195, i64 %7545
  store i64 %7552, ptr %7559, align 8
  %7560 = getelementptr i64, ptr %7195, i64 %7547
  store i64 %7550, ptr %7560, align 8
  br label %endif1069

endif1069:                                        ; preds = %then1068, %then1066
  br label %endif1067

loop1070:                                         ; preds = %endif1074, %done1065
  %7561 = load i64, ptr %130, align 8
  %7562 = icmp slt i64 %7561, 32768
  br i1 %7562, label %body1071, label %done1072

body1071:                                         ; preds = %loop1070
  %7563 = xor i64 %7561, 1
  %7564 = icmp sgt i64 %7563, %7561
  br i1 %7564, label %then1073, label %endif1074

done1072:                                         ; preds = %loop1070
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %129, align 8
  br label %loop1077

then1073:                                         ; preds = %body1071
  %7565 = getelementptr i64, ptr %7195, i64 %7561
  %7566 = load i64, ptr %7565, align 8
  %7567 = getelementptr i64, ptr %7195, i64 %7563
  %7568 = load i64, ptr %7567, align 8
  %7569 = and i64 %7561, 4
  %7570 = icmp eq i64 %7569, 0
  %7571 = icmp sgt i64 %7566, %7568
  %7572 = icmp slt i64 %7566, %7568
  %7573 = select i1 %7570, i1 %7571, i1 %7572
  br i1 %7573, label %then1075, label %endif1076

endif1074:                                        ; preds = %endif1076, %body1071
  %7574 = add i64 %7561, %341
  store i64 %7574, ptr %130, align 8
  br label %loop1070

then1075:                                         ; preds = %then1073
  %7575 = getelementptr i64, ptr %7195, i64 %7561
  store i64 %7568, ptr %7575, align 8
  %7576 = getelementptr i64, ptr %7195, i64 %7563
  store i64 %7566, ptr %7576, align 8
  br label %endif1076

endif1076:                                        ; preds = %then1075, %then1073
  br label %endif1074

loop1077:                                         ; preds = %endif1081, %done1072
  %7577 = load i64, ptr %129, align 8
  %7578 = icmp slt i64 %7577, 32768
  br i1 %7578, label %body1078, label %done1079

body1078:                                         ; preds = %loop1077
  %7579 = xor i64 %7577, 4
  %7580 = icmp sgt i64 %7579, %7577
  br i1 %7580, label %then1080, label %endif1081

done1079:                                         ; preds = %loop1077
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %128, align 8
  br label %loop1084

then1080:                                         ; preds = %body1078
  %7581 = getelementptr i64, ptr %7195, i64 %7577
  %7582 = load i64, ptr %7581, align 8
  %7583 = getelementptr i64, ptr %7195, i64 %7579
  %7584 = load i64, ptr %7583, align 8
  %7585 = and i64 %7577, 8
  %7586 = icmp eq i64 %7585, 0
  %7587 = icmp sgt i64 %7582, %7584
  %7588 = icmp slt i64 %7582, %7584
  %7589 = select i1 %7586, i1 %7587, i1 %7588
  br i1 %7589, label %then1082, label %endif1083

endif1081:                                        ; preds = %endif1083, %body1078
  %7590 = add i64 %7577, %341
  store i64 %7590, ptr %129, align 8
  br label %loop1077

then1082:                                         ; preds = %then1080
  %7591 = getelementptr i64, ptr %7195, i64 %7577
  store i64 %7584, ptr %7591, align 8
  %7592 = getelementptr i64, ptr %7195, i64 %7579
  store i64 %7582, ptr %7592, align 8
  br label %endif1083

endif1083:                                        ; preds = %then1082, %then1080
  br label %endif1081

loop1084:                                         ; preds = %endif1088, %done1079
  %7593 = load i64, ptr %128, align 8
  %7594 = icmp slt i64 %7593, 32768
  br i1 %7594, label %body1085, label %done1086

body1085:                                         ; preds = %loop1084
  %7595 = xor i64 %7593, 2
  %7596 = icmp sgt i64 %7595, %7593
  br i1 %7596, label %then1087, label %endif1088

done1086:                                         ; preds = %loop1084
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %127, align 8
  br label %loop1091

then1087:                                         ; preds = %body1085
  %7597 = getelementptr i64, ptr %7195, i64 %7593
  %7598 = load i64, ptr %7597, align 8
  %7599 = getelementptr i64, ptr %7195, i64 %7595
  %7600 = load i64, ptr %7599, align 8
  %7601 = and i64 %7593, 8
  %7602 = icmp eq i64 %7601, 0
  %7603 = icmp sgt i64 %7598, %7600
  %7604 = icmp slt i64 %7598, %7600
  %7605 = select i1 %7602, i1 %7603, i1 %7604
  br i1 %7605, label %then1089, label %endif1090

endif1088:                                        ; preds = %endif1090, %body1085
  %7606 = add i64 %7593, %341
  store i64 %7606, ptr %128, align 8
  br label %loop1084

then1089:                                         ; preds = %then1087
  %7607 = getelementptr i64, ptr %7195, i64 %7593
  store i64 %7600, ptr %7607, align 8
  %7608 = getelementptr i64, ptr %7195, i64 %7595
  store i64 %7598, ptr %7608, align 8
  br label %endif1090

endif1090:                                        ; preds = %then1089, %then1087
  br label %endif1088

loop1091:                                         ; preds = %endif1095, %done1086
  %7609 = load i64, ptr %127, align 8
  %7610 = icmp slt i64 %7609, 32768
  br i1 %7610, label %body1092, label %done1093

body1092:                                         ; preds = %loop1091
  %7611 = xor i64 %7609, 1
  %7612 = icmp sgt i64 %7611, %7609
  br i1 %7612, label %then1094, label %endif1095

done1093:                                         ; preds = %loop1091
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %126, align 8
  br label %loop1098

then1094:                                         ; preds = %body1092
  %7613 = getelementptr i64, ptr %7195, i64 %7609
  %7614 = load i64, ptr %7613, align 8
  %7615 = getelementptr i64, ptr %7195, i64 %7611
  %7616 = load i64, ptr %7615, align 8
  %7617 = and i64 %7609, 8
  %7618 = icmp eq i64 %7617, 0
  %7619 = icmp sgt i64 %7614, %7616
  %7620 = icmp slt i64 %7614, %7616
  %7621 = select i1 %7618, i1 %7619, i1 %7620
  br i1 %7621, label %then1096, label %endif1097

endif1095:                                        ; preds = %endif1097, %body1092
  %7622 = add i64 %7609, %341
  store i64 %7622, ptr %127, align 8
  br label %loop1091

then1096:                                         ; preds = %then1094
  %7623 = getelementptr i64, ptr %7195, i64 %7609
  store i64 %7616, ptr %7623, align 8
  %7624 = getelementptr i64, ptr %7195, i64 %7611
  store i64 %7614, ptr %7624, align 8
  br label %endif1097

endif1097:                                        ; preds = %then1096, %then1094
  br label %endif1095

loop1098:                                         ; preds = %endif1102, %done1093
  %7625 = load i64, ptr %126, align 8
  %7626 = icmp slt i64 %7625, 32768
  br i1 %7626, label %body1099, label %done1100

body1099:                                         ; preds = %loop1098
  %7627 = xor i64 %7625, 8
  %7628 = icmp sgt i64 %7627, %7625
  br i1 %7628, label %then1101, label %endif1102

done1100:                                         ; preds = %loop1098
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %125, align 8
  br label %loop1105

then1101:                                         ; preds = %body1099
  %7629 = getelementptr i64, ptr %7195, i64 %7625
  %7630 = load i64, ptr %7629, align 8
  %7631 = getelementptr i64, ptr %7195, i64 %7627
  %7632 = load i64, ptr %7631, align 8
  %7633 = and i64 %7625, 16
  %7634 = icmp eq i64 %7633, 0
  %7635 = icmp sgt i64 %7630, %7632
  %7636 = icmp slt i64 %7630, %7632
  %7637 = select i1 %7634, i1 %7635, i1 %7636
  br i1 %7637, label %then1103, label %endif1104

endif1102:                                        ; preds = %endif1104, %body1099
  %7638 = add i64 %7625, %341
  store i64 %7638, ptr %126, align 8
  br label %loop1098

then1103:                                         ; preds = %then1101
  %7639 = getelementptr i64, ptr %7195, i64 %7625
  store i64 %7632, ptr %7639, align 8
  %7640 = getelementptr i64, ptr %7195, i64 %7627
  store i64 %7630, ptr %7640, align 8
  br label %endif1104

endif1104:                                        ; preds = %then1103, %then1101
  br label %endif1102

loop1105:                                         ; preds = %endif1109, %done1100
  %7641 = load i64, ptr %125, align 8
  %7642 = icmp slt i64 %7641, 32768
  br i1 %7642, label %body1106, label %done1107

body1106:                                         ; preds = %loop1105
  %7643 = xor i64 %7641, 4
  %7644 = icmp sgt i64 %7643, %7641
  br i1 %7644, label %then1108, label %endif1109

done1107:                                         ; preds = %loop1105
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %124, align 8
  br label %loop1112

then1108:                                         ; preds = %body1106
  %7645 = getelementptr i64, ptr %7195, i64 %7641
  %7646 = load i64, ptr %7645, align 8
  %7647 = getelementptr i64, ptr %7195, i64 %7643
  %7648 = load i64, ptr %7647, align 8
  %7649 = and i64 %7641, 16
  %7650 = icmp eq i64 %7649, 0
  %7651 = icmp sgt i64 %7646, %7648
  %7652 = icmp slt i64 %7646, %7648
  %7653 = select i1 %7650, i1 %7651, i1 %7652
  br i1 %7653, label %then1110, label %endif1111

endif1109:                                        ; preds = %endif1111, %body1106
  %7654 = add i64 %7641, %341
  store i64 %7654, ptr %125, align 8
  br label %loop1105

then1110:                                         ; preds = %then1108
  %7655 = getelementptr i64, ptr %7195, i64 %7641
  store i64 %7648, ptr %7655, align 8
  %7656 = getelementptr i64, ptr %7195, i64 %7643
  store i64 %7646, ptr %7656, align 8
  br label %endif1111

endif1111:                                        ; preds = %then1110, %then1108
  br label %endif1109

loop1112:                                         ; preds = %endif1116, %done1107
  %7657 = load i64, ptr %124, align 8
  %7658 = icmp slt i64 %7657, 32768
  br i1 %7658, label %body1113, label %done1114

body1113:                                         ; preds = %loop1112
  %7659 = xor i64 %7657, 2
  %7660 = icmp sgt i64 %7659, %7657
  br i1 %7660, label %then1115, label %endif1116

done1114:                                         ; preds = %loop1112
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %123, align 8
  br label %loop1119

then1115:                                         ; preds = %body1113
  %7661 = getelementptr i64, ptr %7195, i64 %7657
  %7662 = load i64, ptr %7661, align 8
  %7663 = getelementptr i64, ptr %7195, i64 %7659
  %7664 = load i64, ptr %7663, align 8
  %7665 = and i64 %7657, 16
  %7666 = icmp eq i64 %7665, 0
  %7667 = icmp sgt i64 %7662, %7664
  %7668 = icmp slt i64 %7662, %7664
  %7669 = select i1 %7666, i1 %7667, i1 %7668
  br i1 %7669, label %then1117, label %endif1118

endif1116:                                        ; preds = %endif1118, %body1113
  %7670 = add i64 %7657, %341
  store i64 %7670, ptr %124, align 8
  br label %loop1112

then1117:                                         ; preds = %then1115
  %7671 = getelementptr i64, ptr %7195, i64 %7657
  store i64 %7664, ptr %7671, align 8
  %7672 = getelementptr i64, ptr %7195, i64 %7659
  store i64 %7662, ptr %7672, align 8
  br label %endif1118

endif1118:                                        ; preds = %then1117, %then1115
  br label %endif1116

loop1119:                                         ; preds = %endif1123, %done1114
  %7673 = load i64, ptr %123, align 8
  %7674 = icmp slt i64 %7673, 32768
  br i1 %7674, label %body1120, label %done1121

body1120:                                         ; preds = %loop1119
  %7675 = xor i64 %7673, 1
  %7676 = icmp sgt i64 %7675, %7673
  br i1 %7676, label %then1122, label %endif1123

done1121:                                         ; preds = %loop1119
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %122, align 8
  br label %loop1126

then1122:                                         ; preds = %body1120
  %7677 = getelementptr i64, ptr %7195, i64 %7673
  %7678 = load i64, ptr %7677, align 8
  %7679 = getelementptr i64, ptr %7195, i64 %7675
  %7680 = load i64, ptr %7679, align 8
  %7681 = and i64 %7673, 16
  %7682 = icmp eq i64 %7681, 0
  %7683 = icmp sgt i64 %7678, %7680
  %7684 = icmp slt i64 %7678, %7680
  %7685 = select i1 %7682, i1 %7683, i1 %7684
  br i1 %7685, label %then1124, label %endif1125

endif1123:                                        ; preds = %endif1125, %body1120
  %7686 = add i64 %7673, %341
  store i64 %7686, ptr %123, align 8
  br label %loop1119

then1124:                                         ; preds = %then1122
  %7687 = getelementptr i64, ptr %7195, i64 %7673
  store i64 %7680, ptr %7687, align 8
  %7688 = getelementptr i64, ptr %7195, i64 %7675
  store i64 %7678, ptr %7688, align 8
  br label %endif1125

endif1125:                                        ; preds = %then1124, %then1122
  br label %endif1123

loop1126:                                         ; preds = %endif1130, %done1121
  %7689 = load i64, ptr %122, align 8
  %7690 = icmp slt i64 %7689, 32768
  br i1 %7690, label %body1127, label %done1128

body1127:                                         ; preds = %loop1126
  %7691 = xor i64 %7689, 16
  %7692 = icmp sgt i64 %7691, %7689
  br i1 %7692, label %then1129, label %endif1130

done1128:                                         ; preds = %loop1126
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %121, align 8
  br label %loop1133

then1129:                                         ; preds = %body1127
  %7693 = getelementptr i64, ptr %7195, i64 %7689
  %7694 = load i64, ptr %7693, align 8
  %7695 = getelementptr i64, ptr %7195, i64 %7691
  %7696 = load i64, ptr %7695, align 8
  %7697 = and i64 %7689, 32
  %7698 = icmp eq i64 %7697, 0
  %7699 = icmp sgt i64 %7694, %7696
  %7700 = icmp slt i64 %7694, %7696
  %7701 = select i1 %7698, i1 %7699, i1 %7700
  br i1 %7701, label %then1131, label %endif1132

endif1130:                                        ; preds = %endif1132, %body1127
  %7702 = add i64 %7689, %341
  store i64 %7702, ptr %122, align 8
  br label %loop1126

then1131:                                         ; preds = %then1129
  %7703 = getelementptr i64, ptr %7195, i64 %7689
  store i64 %7696, ptr %7703, align 8
  %7704 = getelementptr i64, ptr %7195, i64 %7691
  store i64 %7694, ptr %7704, align 8
  br label %endif1132

endif1132:                                        ; preds = %then1131, %then1129
  br label %endif1130

loop1133:                                         ; preds = %endif1137, %done1128
  %7705 = load i64, ptr %121, align 8
  %7706 = icmp slt i64 %7705, 32768
  br i1 %7706, label %body1134, label %done1135

body1134:                                         ; preds = %loop1133
  %7707 = xor i64 %7705, 8
  %7708 = icmp sgt i64 %7707, %7705
  br i1 %7708, label %then1136, label %endif1137

done1135:                                         ; preds = %loop1133
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %120, align 8
  br label %loop1140

then1136:                                         ; preds = %body1134
  %7709 = getelementptr i64, ptr %7195, i64 %7705
  %7710 = load i64, ptr %7709, align 8
  %7711 = getelementptr i64, ptr %7195, i64 %7707
  %7712 = load i64, ptr %7711, align 8
  %7713 = and i64 %7705, 32
  %7714 = icmp eq i64 %7713, 0
  %7715 = icmp sgt i64 %7710, %7712
  %7716 = icmp slt i64 %7710, %7712
  %7717 = select i1 %7714, i1 %7715, i1 %7716
  br i1 %7717, label %then1138, label %endif1139

endif1137:                                        ; preds = %endif1139, %body1134
  %7718 = add i64 %7705, %341
  store i64 %7718, ptr %121, align 8
  br label %loop1133

then1138:                                         ; preds = %then1136
  %7719 = getelementptr i64, ptr %7195, i64 %7705
  store i64 %7712, ptr %7719, align 8
  %7720 = getelementptr i64, ptr %7195, i64 %7707
  store i64 %7710, ptr %7720, align 8
  br label %endif1139

endif1139:                                        ; preds = %then1138, %then1136
  br label %endif1137

loop1140:                                         ; preds = %endif1144, %done1135
  %7721 = load i64, ptr %120, align 8
  %7722 = icmp slt i64 %7721, 32768
  br i1 %7722, label %body1141, label %done1142

body1141:                                         ; preds = %loop1140
  %7723 = xor i64 %7721, 4
  %7724 = icmp sgt i64 %7723, %7721
  br i1 %7724, label %then1143, label %endif1144

done1142:                                         ; preds = %loop1140
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %119, align 8
  br label %loop1147

then1143:                                         ; preds = %body1141
  %7725 = getelementptr i64, ptr %7195, i64 %7721
  %7726 = load i64, ptr %7725, align 8
  %7727 = getelementptr i64, ptr %7195, i64 %7723
  %7728 = load i64, ptr %7727, align 8
  %7729 = and i64 %7721, 32
  %7730 = icmp eq i64 %7729, 0
  %7731 = icmp sgt i64 %7726, %7728
  %7732 = icmp slt i64 %7726, %7728
  %7733 = select i1 %7730, i1 %7731, i1 %7732
  br i1 %7733, label %then1145, label %endif1146

endif1144:                                        ; preds = %endif1146, %body1141
  %7734 = add i64 %7721, %341
  store i64 %7734, ptr %120, align 8
  br label %loop1140

then1145:                                         ; preds = %then1143
  %7735 = getelementptr i64, ptr %7195, i64 %7721
  store i64 %7728, ptr %7735, align 8
  %7736 = getelementptr i64, ptr %7195, i64 %7723
  store i64 %7726, ptr %7736, align 8
  br label %endif1146

endif1146:                                        ; preds = %then1145, %then1143
  br label %endif1144

loop1147:                                         ; preds = %endif1151, %done1142
  %7737 = load i64, ptr %119, align 8
  %7738 = icmp slt i64 %7737, 32768
  br i1 %7738, label %body1148, label %done1149

body1148:                                         ; preds = %loop1147
  %7739 = xor i64 %7737, 2
  %7740 = icmp sgt i64 %7739, %7737
  br i1 %7740, label %then1150, label %endif1151

done1149:                                         ; preds = %loop1147
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %118, align 8
  br label %loop1154

then1150:                                         ; preds = %body1148
  %7741 = getelementptr i64, ptr %7195, i64 %7737
  %7742 = load i64, ptr %7741, align 8
  %7743 = getelementptr i64, ptr %7195, i64 %7739
  %7744 = load i64, ptr %7743, align 8
  %7745 = and i64 %7737, 32
  %7746 = icmp eq i64 %7745, 0
  %7747 = icmp sgt i64 %7742, %7744
  %7748 = icmp slt i64 %7742, %7744
  %7749 = select i1 %7746, i1 %7747, i1 %7748
  br i1 %7749, label %then1152, label %endif1153

endif1151:                                        ; preds = %endif1153, %body1148
  %7750 = add i64 %7737, %341
  store i64 %7750, ptr %119, align 8
  br label %loop1147

then1152:                                         ; preds = %then1150
  %7751 = getelementptr i64, ptr %7195, i64 %7737
  store i64 %7744, ptr %7751, align 8
  %7752 = getelementptr i64, ptr %7195, i64 %7739
  store i64 %7742, ptr %7752, align 8
  br label %endif1153

endif1153:                                        ; preds = %then1152, %then1150
  br label %endif1151

loop1154:                                         ; preds = %endif1158, %done1149
  %7753 = load i64, ptr %118, align 8
  %7754 = icmp slt i64 %7753, 32768
  br i1 %7754, label %body1155, label %done1156

body1155:                                         ; preds = %loop1154
  %7755 = xor i64 %7753, 1
  %7756 = icmp sgt i64 %7755, %7753
  br i1 %7756, label %then1157, label %endif1158

done1156:                                         ; preds = %loop1154
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %117, align 8
  br label %loop1161

then1157:                                         ; preds = %body1155
  %7757 = getelementptr i64, ptr %7195, i64 %7753
  %7758 = load i64, ptr %7757, align 8
  %7759 = getelementptr i64, ptr %7195, i64 %7755
  %7760 = load i64, ptr %7759, align 8
  %7761 = and i64 %7753, 32
  %7762 = icmp eq i64 %7761, 0
  %7763 = icmp sgt i64 %7758, %7760
  %7764 = icmp slt i64 %7758, %7760
  %7765 = select i1 %7762, i1 %7763, i1 %7764
  br i1 %7765, label %then1159, label %endif1160

endif1158:                                        ; preds = %endif1160, %body1155
  %7766 = add i64 %7753, %341
  store i64 %7766, ptr %118, align 8
  br label %loop1154

then1159:                                         ; preds = %then1157
  %7767 = getelementptr i64, ptr %7195, i64 %7753
  store i64 %7760, ptr %7767, align 8
  %7768 = getelementptr i64, ptr %7195, i64 %7755
  store i64 %7758, ptr %7768, align 8
  br label %endif1160

endif1160:                                        ; preds = %then1159, %then1157
  br label %endif1158

loop1161:                                         ; preds = %endif1165, %done1156
  %7769 = load i64, ptr %117, align 8
  %7770 = icmp slt i64 %7769, 32768
  br i1 %7770, label %body1162, label %done1163

body1162:                                         ; preds = %loop1161
  %7771 = xor i64 %7769, 32
  %7772 = icmp sgt i64 %7771, %7769
  br i1 %7772, label %then1164, label %endif1165

done1163:                                         ; preds = %loop1161
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %116, align 8
  br label %loop1168

then1164:                                         ; preds = %body1162
  %7773 = getelementptr i64, ptr %7195, i64 %7769
  %7774 = load i64, ptr %7773, align 8
  %7775 = getelementptr i64, ptr %7195, i64 %7771
  %7776 = load i64, ptr %7775, align 8
  %7777 = and i64 %7769, 64
  %7778 = icmp eq i64 %7777, 0
  %7779 = icmp sgt i64 %7774, %7776
  %7780 = icmp slt i64 %7774, %7776
  %7781 = select i1 %7778, i1 %7779, i1 %7780
  br i1 %7781, label %then1166, label %endif1167

endif1165:                                        ; preds = %endif1167, %body1162
  %7782 = add i64 %7769, %341
  store i64 %7782, ptr %117, align 8
  br label %loop1161

then1166:                                         ; preds = %then1164
  %7783 = getelementptr i64, ptr %7195, i64 %7769
  store i64 %7776, ptr %7783, align 8
  %7784 = getelementptr i64, ptr %7195, i64 %7771
  store i64 %7774, ptr %7784, align 8
  br label %endif1167

endif1167:                                        ; preds = %then1166, %then1164
  br label %endif1165

loop1168:                                         ; preds = %endif1172, %done1163
  %7785 = load i64, ptr %116, align 8
  %7786 = icmp slt i64 %7785, 32768
  br i1 %7786, label %body1169, label %done1170

body1169:                                         ; preds = %loop1168
  %7787 = xor i64 %7785, 16
  %7788 = icmp sgt i64 %7787, %7785
  br i1 %7788, label %then1171, label %endif1172

done1170:                                         ; preds = %loop1168
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %115, align 8
  br label %loop1175

then1171:                                         ; preds = %body1169
  %7789 = getelementptr i64, ptr %7195, i64 %7785
  %7790 = load i64, ptr %7789, align 8
  %7791 = getelementptr i64, ptr %7195, i64 %7787
  %7792 = load i64, ptr %7791, align 8
  %7793 = and i64 %7785, 64
  %7794 = icmp eq i64 %7793, 0
  %7795 = icmp sgt i64 %7790, %7792
  %7796 = icmp slt i64 %7790, %7792
  %7797 = select i1 %7794, i1 %7795, i1 %7796
  br i1 %7797, label %then1173, label %endif1174

endif1172:                                        ; preds = %endif1174, %body1169
  %7798 = add i64 %7785, %341
  store i64 %7798, ptr %116, align 8
  br label %loop1168

then1173:                                         ; preds = %then1171
  %7799 = getelementptr i64, ptr %7195, i64 %7785
  store i64 %7792, ptr %7799, align 8
  %7800 = getelementptr i64, ptr %7195, i64 %7787
  store i64 %7790, ptr %7800, align 8
  br label %endif1174

endif1174:                                        ; preds = %then1173, %then1171
  br label %endif1172

loop1175:                                         ; preds = %endif1179, %done1170
  %7801 = load i64, ptr %115, align 8
  %7802 = icmp slt i64 %7801, 32768
  br i1 %7802, label %body1176, label %done1177

body1176:                                         ; preds = %loop1175
  %7803 = xor i64 %7801, 8
  %7804 = icmp sgt i64 %7803, %7801
  br i1 %7804, label %then1178, label %endif1179

done1177:                                         ; preds = %loop1175
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %114, align 8
  br label %loop1182

then1178:                                         ; preds = %body1176
  %7805 = getelementptr i64, ptr %7195, i64 %7801
  %7806 = load i64, ptr %7805, align 8
  %7807 = getelementptr i64, ptr %7195, i64 %7803
  %7808 = load i64, ptr %7807, align 8
  %7809 = and i64 %7801, 64
  %7810 = icmp eq i64 %7809, 0
  %7811 = icmp sgt i64 %7806, %7808
  %7812 = icmp slt i64 %7806, %7808
  %7813 = select i1 %7810, i1 %7811, i1 %7812
  br i1 %7813, label %then1180, label %endif1181

endif1179:                                        ; preds = %endif1181, %body1176
  %7814 = add i64 %7801, %341
  store i64 %7814, ptr %115, align 8
  br label %loop1175

then1180:                                         ; preds = %then1178
  %7815 = getelementptr i64, ptr %7195, i64 %7801
  store i64 %7808, ptr %7815, align 8
  %7816 = getelementptr i64, ptr %7195, i64 %7803
  store i64 %7806, ptr %7816, align 8
  br label %endif1181

endif1181:                                        ; preds = %then1180, %then1178
  br label %endif1179

loop1182:                                         ; preds = %endif1186, %done1177
  %7817 = load i64, ptr %114, align 8
  %7818 = icmp slt i64 %7817, 32768
  br i1 %7818, label %body1183, label %done1184

body1183:                                         ; preds = %loop1182
  %7819 = xor i64 %7817, 4
  %7820 = icmp sgt i64 %7819, %7817
  br i1 %7820, label %then1185, label %endif1186

done1184:                                         ; preds = %loop1182
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %113, align 8
  br label %loop1189

then1185:                                         ; preds = %body1183
  %7821 = getelementptr i64, ptr %7195, i64 %7817
  %7822 = load i64, ptr %7821, align 8
  %7823 = getelementptr i64, ptr %7195, i64 %7819
  %7824 = load i64, ptr %7823, align 8
  %7825 = and i64 %7817, 64
  %7826 = icmp eq i64 %7825, 0
  %7827 = icmp sgt i64 %7822, %7824
  %7828 = icmp slt i64 %7822, %7824
  %7829 = select i1 %7826, i1 %7827, i1 %7828
  br i1 %7829, label %then1187, label %endif1188

endif1186:                                        ; preds = %endif1188, %body1183
  %7830 = add i64 %7817, %341
  store i64 %7830, ptr %114, align 8
  br label %loop1182

then1187:                                         ; preds = %then1185
  %7831 = getelementptr i64, ptr %7195, i64 %7817
  store i64 %7824, ptr %7831, align 8
  %7832 = getelementptr i64, ptr %7195, i64 %7819
  store i64 %7822, ptr %7832, align 8
  br label %endif1188

endif1188:                                        ; preds = %then1187, %then1185
  br label %endif1186

loop1189:                                         ; preds = %endif1193, %done1184
  %7833 = load i64, ptr %113, align 8
  %7834 = icmp slt i64 %7833, 32768
  br i1 %7834, label %body1190, label %done1191

body1190:                                         ; preds = %loop1189
  %7835 = xor i64 %7833, 2
  %7836 = icmp sgt i64 %7835, %7833
  br i1 %7836, label %then1192, label %endif1193

done1191:                                         ; preds = %loop1189
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %112, align 8
  br label %loop1196

then1192:                                         ; preds = %body1190
  %7837 = getelementptr i64, ptr %7195, i64 %7833
  %7838 = load i64, ptr %7837, align 8
  %7839 = getelementptr i64, ptr %7195, i64 %7835
  %7840 = load i64, ptr %7839, align 8
  %7841 = and i64 %7833, 64
  %7842 = icmp eq i64 %7841, 0
  %7843 = icmp sgt i64 %7838, %7840
  %7844 = icmp slt i64 %7838, %7840
  %7845 = select i1 %7842, i1 %7843, i1 %7844
  br i1 %7845, label %then1194, label %endif1195

endif1193:                                        ; preds = %endif1195, %body1190
  %7846 = add i64 %7833, %341
  store i64 %7846, ptr %113, align 8
  br label %loop1189

then1194:                                         ; preds = %then1192
  %7847 = getelementptr i64, ptr %7195, i64 %7833
  store i64 %7840, ptr %7847, align 8
  %7848 = getelementptr i64, ptr %7195, i64 %7835
  store i64 %7838, ptr %7848, align 8
  br label %endif1195

endif1195:                                        ; preds = %then1194, %then1192
  br label %endif1193

loop1196:                                         ; preds = %endif1200, %done1191
  %7849 = load i64, ptr %112, align 8
  %7850 = icmp slt i64 %7849, 32768
  br i1 %7850, label %body1197, label %done1198

body1197:                                         ; preds = %loop1196
  %7851 = xor i64 %7849, 1
  %7852 = icmp sgt i64 %7851, %7849
  br i1 %7852, label %then1199, label %endif1200

done1198:                                         ; preds = %loop1196
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %111, align 8
  br label %loop1203

then1199:                                         ; preds = %body1197
  %7853 = getelementptr i64, ptr %7195, i64 %7849
  %7854 = load i64, ptr %7853, align 8
  %7855 = getelementptr i64, ptr %7195, i64 %7851
  %7856 = load i64, ptr %7855, align 8
  %7857 = and i64 %7849, 64
  %7858 = icmp eq i64 %7857, 0
  %7859 = icmp sgt i64 %7854, %7856
  %7860 = icmp slt i64 %7854, %7856
  %7861 = select i1 %7858, i1 %7859, i1 %7860
  br i1 %7861, label %then1201, label %endif1202

endif1200:                                        ; preds = %endif1202, %body1197
  %7862 = add i64 %7849, %341
  store i64 %7862, ptr %112, align 8
  br label %loop1196

then1201:                                         ; preds = %then1199
  %7863 = getelementptr i64, ptr %7195, i64 %7849
  store i64 %7856, ptr %7863, align 8
  %7864 = getelementptr i64, ptr %7195, i64 %7851
  store i64 %7854, ptr %7864, align 8
  br label %endif1202

endif1202:                                        ; preds = %then1201, %then1199
  br label %endif1200

loop1203:                                         ; preds = %endif1207, %done1198
  %7865 = load i64, ptr %111, align 8
  %7866 = icmp slt i64 %7865, 32768
  br i1 %7866, label %body1204, label %done1205

body1204:                                         ; preds = %loop1203
  %7867 = xor i64 %7865, 64
  %7868 = icmp sgt i64 %7867, %7865
  br i1 %7868, label %then1206, label %endif1207

done1205:                                         ; preds = %loop1203
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %110, align 8
  br label %loop1210

then1206:                                         ; preds = %body1204
  %7869 = getelementptr i64, ptr %7195, i64 %7865
  %7870 = load i64, ptr %7869, align 8
  %7871 = getelementptr i64, ptr %7195, i64 %7867
  %7872 = load i64, ptr %7871, align 8
  %7873 = and i64 %7865, 128
  %7874 = icmp eq i64 %7873, 0
  %7875 = icmp sgt i64 %7870, %7872
  %7876 = icmp slt i64 %7870, %7872
  %7877 = select i1 %7874, i1 %7875, i1 %7876
  br i1 %7877, label %then1208, label %endif1209

endif1207:                                        ; preds = %endif1209, %body1204
  %7878 = add i64 %7865, %341
  store i64 %7878, ptr %111, align 8
  br label %loop1203

then1208:                                         ; preds = %then1206
  %7879 = getelementptr i64, ptr %7195, i64 %7865
  store i64 %7872, ptr %7879, align 8
  %7880 = getelementptr i64, ptr %7195, i64 %7867
  store i64 %7870, ptr %7880, align 8
  br label %endif1209

endif1209:                                        ; preds = %then1208, %then1206
  br label %endif1207

loop1210:                                         ; preds = %endif1214, %done1205
  %7881 = load i64, ptr %110, align 8
  %7882 = icmp slt i64 %7881, 32768
  br i1 %7882, label %body1211, label %done1212

body1211:                                         ; preds = %loop1210
  %7883 = xor i64 %7881, 32
  %7884 = icmp sgt i64 %7883, %7881
  br i1 %7884, label %then1213, label %endif1214

done1212:                                         ; preds = %loop1210
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %109, align 8
  br label %loop1217

then1213:                                         ; preds = %body1211
  %7885 = getelementptr i64, ptr %7195, i64 %7881
  %7886 = load i64, ptr %7885, align 8
  %7887 = getelementptr i64, ptr %7195, i64 %7883
  %7888 = load i64, ptr %7887, align 8
  %7889 = and i64 %7881, 128
  %7890 = icmp eq i64 %7889, 0
  %7891 = icmp sgt i64 %7886, %7888
  %7892 = icmp slt i64 %7886, %7888
  %7893 = select i1 %7890, i1 %7891, i1 %7892
  br i1 %7893, label %then1215, label %endif1216

endif1214:                                        ; preds = %endif1216, %body1211
  %7894 = add i64 %7881, %341
  store i64 %7894, ptr %110, align 8
  br label %loop1210

then1215:                                         ; preds = %then1213
  %7895 = getelementptr i64, ptr %7195, i64 %7881
  store i64 %7888, ptr %7895, align 8
  %7896 = getelementptr i64, ptr %7195, i64 %7883
  store i64 %7886, ptr %7896, align 8
  br label %endif1216

endif1216:                                        ; preds = %then1215, %then1213
  br label %endif1214

loop1217:                                         ; preds = %endif1221, %done1212
  %7897 = load i64, ptr %109, align 8
  %7898 = icmp slt i64 %7897, 32768
  br i1 %7898, label %body1218, label %done1219

body1218:                                         ; preds = %loop1217
  %7899 = xor i64 %7897, 16
  %7900 = icmp sgt i64 %7899, %7897
  br i1 %7900, label %then1220, label %endif1221

done1219:                                         ; preds = %loop1217
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %108, align 8
  br label %loop1224

then1220:                                         ; preds = %body1218
  %7901 = getelementptr i64, ptr %7195, i64 %7897
  %7902 = load i64, ptr %7901, align 8
  %7903 = getelementptr i64, ptr %7195, i64 %7899
  %7904 = load i64, ptr %7903, align 8
  %7905 = and i64 %7897, 128
  %7906 = icmp eq i64 %7905, 0
  %7907 = icmp sgt i64 %7902, %7904
  %7908 = icmp slt i64 %7902, %7904
  %7909 = select i1 %7906, i1 %7907, i1 %7908
  br i1 %7909, label %then1222, label %endif1223

endif1221:                                        ; preds = %endif1223, %body1218
  %7910 = add i64 %7897, %341
  store i64 %7910, ptr %109, align 8
  br label %loop1217

then1222:                                         ; preds = %then1220
  %7911 = getelementptr i64, ptr %7195, i64 %7897
  store i64 %7904, ptr %7911, align 8
  %7912 = getelementptr i64, ptr %7195, i64 %7899
  store i64 %7902, ptr %7912, align 8
  br label %endif1223

endif1223:                                        ; preds = %then1222, %then1220
  br label %endif1221

loop1224:                                         ; preds = %endif1228, %done1219
  %7913 = load i64, ptr %108, align 8
  %7914 = icmp slt i64 %7913, 32768
  br i1 %7914, label %body1225, label %done1226

body1225:                                         ; preds = %loop1224
  %7915 = xor i64 %7913, 8
  %7916 = icmp sgt i64 %7915, %7913
  br i1 %7916, label %then1227, label %endif1228

done1226:                                         ; preds = %loop1224
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %107, align 8
  br label %loop1231

then1227:                                         ; preds = %body1225
  %7917 = getelementptr i64, ptr %7195, i64 %7913
  %7918 = load i64, ptr %7917, align 8
  %7919 = getelementptr i64, ptr %7195, i64 %7915
  %7920 = load i64, ptr %7919, align 8
  %7921 = and i64 %7913, 128
  %7922 = icmp eq i64 %7921, 0
  %7923 = icmp sgt i64 %7918, %7920
  %7924 = icmp slt i64 %7918, %7920
  %7925 = select i1 %7922, i1 %7923, i1 %7924
  br i1 %7925, label %then1229, label %endif1230

endif1228:                                        ; preds = %endif1230, %body1225
  %7926 = add i64 %7913, %341
  store i64 %7926, ptr %108, align 8
  br label %loop1224

then1229:                                         ; preds = %then1227
  %7927 = getelementptr i64, ptr %7195, i64 %7913
  store i64 %7920, ptr %7927, align 8
  %7928 = getelementptr i64, ptr %7195, i64 %7915
  store i64 %7918, ptr %7928, align 8
  br label %endif1230

endif1230:                                        ; preds = %then1229, %then1227
  br label %endif1228

loop1231:                                         ; preds = %endif1235, %done1226
  %7929 = load i64, ptr %107, align 8
  %7930 = icmp slt i64 %7929, 32768
  br i1 %7930, label %body1232, label %done1233

body1232:                                         ; preds = %loop1231
  %7931 = xor i64 %7929, 4
  %7932 = icmp sgt i64 %7931, %7929
  br i1 %7932, label %then1234, label %endif1235

done1233:                                         ; preds = %loop1231
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %106, align 8
  br label %loop1238

then1234:                                         ; preds = %body1232
  %7933 = getelementptr i64, ptr %7195, i64 %7929
  %7934 = load i64, ptr %7933, align 8
  %7935 = getelementptr i64, ptr %7195, i64 %7931
  %7936 = load i64, ptr %7935, align 8
  %7937 = and i64 %7929, 128
  %7938 = icmp eq i64 %7937, 0
  %7939 = icmp sgt i64 %7934, %7936
  %7940 = icmp slt i64 %7934, %7936
  %7941 = select i1 %7938, i1 %7939, i1 %7940
  br i1 %7941, label %then1236, label %endif1237

endif1235:                                        ; preds = %endif1237, %body1232
  %7942 = add i64 %7929, %341
  store i64 %7942, ptr %107, align 8
  br label %loop1231

then1236:                                         ; preds = %then1234
  %7943 = getelementptr i64, ptr %7195, i64 %7929
  store i64 %7936, ptr %7943, align 8
  %7944 = getelementptr i64, ptr %7195, i64 %7931
  store i64 %7934, ptr %7944, align 8
  br label %endif1237

endif1237:                                        ; preds = %then1236, %then1234
  br label %endif1235

loop1238:                                         ; preds = %endif1242, %done1233
  %7945 = load i64, ptr %106, align 8
  %7946 = icmp slt i64 %7945, 32768
  br i1 %7946, label %body1239, label %done1240

body1239:                                         ; preds = %loop1238
  %7947 = xor i64 %7945, 2
  %7948 = icmp sgt i64 %7947, %7945
  br i1 %7948, label %then1241, label %endif1242

done1240:                                         ; preds = %loop1238
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %105, align 8
  br label %loop1245

then1241:                                         ; preds = %body1239
  %7949 = getelementptr i64, ptr %7195, i64 %7945
  %7950 = load i64, ptr %7949, align 8
  %7951 = getelementptr i64, ptr %7195, i64 %7947
  %7952 = load i64, ptr %7951, align 8
  %7953 = and i64 %7945, 128
  %7954 = icmp eq i64 %7953, 0
  %7955 = icmp sgt i64 %7950, %7952
  %7956 = icmp slt i64 %7950, %7952
  %7957 = select i1 %7954, i1 %7955, i1 %7956
  br i1 %7957, label %then1243, label %endif1244

endif1242:                                        ; preds = %endif1244, %body1239
  %7958 = add i64 %7945, %341
  store i64 %7958, ptr %106, align 8
  br label %loop1238

then1243:                                         ; preds = %then1241
  %7959 = getelementptr i64, ptr %7195, i64 %7945
  store i64 %7952, ptr %7959, align 8
  %7960 = getelementptr i64, ptr %7195, i64 %7947
  store i64 %7950, ptr %7960, align 8
  br label %endif1244

endif1244:                                        ; preds = %then1243, %then1241
  br label %endif1242

loop1245:                                         ; preds = %endif1249, %done1240
  %7961 = load i64, ptr %105, align 8
  %7962 = icmp slt i64 %7961, 32768
  br i1 %7962, label %body1246, label %done1247

body1246:                                         ; preds = %loop1245
  %7963 = xor i64 %7961, 1
  %7964 = icmp sgt i64 %7963, %7961
  br i1 %7964, label %then1248, label %endif1249

done1247:                                         ; preds = %loop1245
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %104, align 8
  br label %loop1252

then1248:                                         ; preds = %body1246
  %7965 = getelementptr i64, ptr %7195, i64 %7961
  %7966 = load i64, ptr %7965, align 8
  %7967 = getelementptr i64, ptr %7195, i64 %7963
  %7968 = load i64, ptr %7967, align 8
  %7969 = and i64 %7961, 128
  %7970 = icmp eq i64 %7969, 0
  %7971 = icmp sgt i64 %7966, %7968
  %7972 = icmp slt i64 %7966, %7968
  %7973 = select i1 %7970, i1 %7971, i1 %7972
  br i1 %7973, label %then1250, label %endif1251

endif1249:                                        ; preds = %endif1251, %body1246
  %7974 = add i64 %7961, %341
  store i64 %7974, ptr %105, align 8
  br label %loop1245

then1250:                                         ; preds = %then1248
  %7975 = getelementptr i64, ptr %7195, i64 %7961
  store i64 %7968, ptr %7975, align 8
  %7976 = getelementptr i64, ptr %7195, i64 %7963
  store i64 %7966, ptr %7976, align 8
  br label %endif1251

endif1251:                                        ; preds = %then1250, %then1248
  br label %endif1249

loop1252:                                         ; preds = %endif1256, %done1247
  %7977 = load i64, ptr %104, align 8
  %7978 = icmp slt i64 %7977, 32768
  br i1 %7978, label %body1253, label %done1254

body1253:                                         ; preds = %loop1252
  %7979 = xor i64 %7977, 128
  %7980 = icmp sgt i64 %7979, %7977
  br i1 %7980, label %then1255, label %endif1256

done1254:                                         ; preds = %loop1252
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %103, align 8
  br label %loop1259

then1255:                                         ; preds = %body1253
  %7981 = getelementptr i64, ptr %7195, i64 %7977
  %7982 = load i64, ptr %7981, align 8
  %7983 = getelementptr i64, ptr %7195, i64 %7979
  %7984 = load i64, ptr %7983, align 8
  %7985 = and i64 %7977, 256
  %7986 = icmp eq i64 %7985, 0
  %7987 = icmp sgt i64 %7982, %7984
  %7988 = icmp slt i64 %7982, %7984
  %7989 = select i1 %7986, i1 %7987, i1 %7988
  br i1 %7989, label %then1257, label %endif1258

endif1256:                                        ; preds = %endif1258, %body1253
  %7990 = add i64 %7977, %341
  store i64 %7990, ptr %104, align 8
  br label %loop1252

then1257:                                         ; preds = %then1255
  %7991 = getelementptr i64, ptr %7195, i64 %7977
  store i64 %7984, ptr %7991, align 8
  %7992 = getelementptr i64, ptr %7195, i64 %7979
  store i64 %7982, ptr %7992, align 8
  br label %endif1258

endif1258:                                        ; preds = %then1257, %then1255
  br label %endif1256

loop1259:                                         ; preds = %endif1263, %done1254
  %7993 = load i64, ptr %103, align 8
  %7994 = icmp slt i64 %7993, 32768
  br i1 %7994, label %body1260, label %done1261

body1260:                                         ; preds = %loop1259
  %7995 = xor i64 %7993, 64
  %7996 = icmp sgt i64 %7995, %7993
  br i1 %7996, label %then1262, label %endif1263

done1261:                                         ; preds = %loop1259
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %102, align 8
  br label %loop1266

then1262:                                         ; preds = %body1260
  %7997 = getelementptr i64, ptr %7195, i64 %7993
  %7998 = load i64, ptr %7997, align 8
  %7999 = getelementptr i64, ptr %7195, i64 %7995
  %8000 = load i64, ptr %7999, align 8
  %8001 = and i64 %7993, 256
  %8002 = icmp eq i64 %8001, 0
  %8003 = icmp sgt i64 %7998, %8000
  %8004 = icmp slt i64 %7998, %8000
  %8005 = select i1 %8002, i1 %8003, i1 %8004
  br i1 %8005, label %then1264, label %endif1265

endif1263:                                        ; preds = %endif1265, %body1260
  %8006 = add i64 %7993, %341
  store i64 %8006, ptr %103, align 8
  br label %loop1259

then1264:                                         ; preds = %then1262
  %8007 = getelementptr i64, ptr %7195, i64 %7993
  store i64 %8000, ptr %8007, align 8
  %8008 = getelementptr i64, ptr %7195, i64 %7995
  store i64 %7998, ptr %8008, align 8
  br label %endif1265

endif1265:                                        ; preds = %then1264, %then1262
  br label %endif1263

loop1266:                                         ; preds = %endif1270, %done1261
  %8009 = load i64, ptr %102, align 8
  %8010 = icmp slt i64 %8009, 32768
  br i1 %8010, label %body1267, label %done1268

body1267:                                         ; preds = %loop1266
  %8011 = xor i64 %8009, 32
  %8012 = icmp sgt i64 %8011, %8009
  br i1 %8012, label %then1269, label %endif1270

done1268:                                         ; preds = %loop1266
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %101, align 8
  br label %loop1273

then1269:                                         ; preds = %body1267
  %8013 = getelementptr i64, ptr %7195, i64 %8009
  %8014 = load i64, ptr %8013, align 8
  %8015 = getelementptr i64, ptr %7195, i64 %8011
  %8016 = load i64, ptr %8015, align 8
  %8017 = and i64 %8009, 256
  %8018 = icmp eq i64 %8017, 0
  %8019 = icmp sgt i64 %8014, %8016
  %8020 = icmp slt i64 %8014, %8016
  %8021 = select i1 %8018, i1 %8019, i1 %8020
  br i1 %8021, label %then1271, label %endif1272

endif1270:                                        ; preds = %endif1272, %body1267
  %8022 = add i64 %8009, %341
  store i64 %8022, ptr %102, align 8
  br label %loop1266

then1271:                                         ; preds = %then1269
  %8023 = getelementptr i64, ptr %7195, i64 %8009
  store i64 %8016, ptr %8023, align 8
  %8024 = getelementptr i64, ptr %7195, i64 %8011
  store i64 %8014, ptr %8024, align 8
  br label %endif1272

endif1272:                                        ; preds = %then1271, %then1269
  br label %endif1270

loop1273:                                         ; preds = %endif1277, %done1268
  %8025 = load i64, ptr %101, align 8
  %8026 = icmp slt i64 %8025, 32768
  br i1 %8026, label %body1274, label %done1275

body1274:                                         ; preds = %loop1273
  %8027 = xor i64 %8025, 16
  %8028 = icmp sgt i64 %8027, %8025
  br i1 %8028, label %then1276, label %endif1277

done1275:                                         ; preds = %loop1273
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %100, align 8
  br label %loop1280

then1276:                                         ; preds = %body1274
  %8029 = getelementptr i64, ptr %7195, i64 %8025
  %8030 = load i64, ptr %8029, align 8
  %8031 = getelementptr i64, ptr %7195, i64 %8027
  %8032 = load i64, ptr %8031, align 8
  %8033 = and i64 %8025, 256
  %8034 = icmp eq i64 %8033, 0
  %8035 = icmp sgt i64 %8030, %8032
  %8036 = icmp slt i64 %8030, %8032
  %8037 = select i1 %8034, i1 %8035, i1 %8036
  br i1 %8037, label %then1278, label %endif1279

endif1277:                                        ; preds = %endif1279, %body1274
  %8038 = add i64 %8025, %341
  store i64 %8038, ptr %101, align 8
  br label %loop1273

then1278:                                         ; preds = %then1276
  %8039 = getelementptr i64, ptr %7195, i64 %8025
  store i64 %8032, ptr %8039, align 8
  %8040 = getelementptr i64, ptr %7195, i64 %8027
  store i64 %8030, ptr %8040, align 8
  br label %endif1279

endif1279:                                        ; preds = %then1278, %then1276
  br label %endif1277

loop1280:                                         ; preds = %endif1284, %done1275
  %8041 = load i64, ptr %100, align 8
  %8042 = icmp slt i64 %8041, 32768
  br i1 %8042, label %body1281, label %done1282

body1281:                                         ; preds = %loop1280
  %8043 = xor i64 %8041, 8
  %8044 = icmp sgt i64 %8043, %8041
  br i1 %8044, label %then1283, label %endif1284

done1282:                                         ; preds = %loop1280
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %99, align 8
  br label %loop1287

then1283:                                         ; preds = %body1281
  %8045 = getelementptr i64, ptr %7195, i64 %8041
  %8046 = load i64, ptr %8045, align 8
  %8047 = getelementptr i64, ptr %7195, i64 %8043
  %8048 = load i64, ptr %8047, align 8
  %8049 = and i64 %8041, 256
  %8050 = icmp eq i64 %8049, 0
  %8051 = icmp sgt i64 %8046, %8048
  %8052 = icmp slt i64 %8046, %8048
  %8053 = select i1 %8050, i1 %8051, i1 %8052
  br i1 %8053, label %then1285, label %endif1286

endif1284:                                        ; preds = %endif1286, %body1281
  %8054 = add i64 %8041, %341
  store i64 %8054, ptr %100, align 8
  br label %loop1280

then1285:                                         ; preds = %then1283
  %8055 = getelementptr i64, ptr %7195, i64 %8041
  store i64 %8048, ptr %8055, align 8
  %8056 = getelementptr i64, ptr %7195, i64 %8043
  store i64 %8046, ptr %8056, align 8
  br label %endif1286

endif1286:                                        ; preds = %then1285, %then1283
  br label %endif1284

loop1287:                                         ; preds = %endif1291, %done1282
  %8057 = load i64, ptr %99, align 8
  %8058 = icmp slt i64 %8057, 32768
  br i1 %8058, label %body1288, label %done1289

body1288:                                         ; preds = %loop1287
  %8059 = xor i64 %8057, 4
  %8060 = icmp sgt i64 %8059, %8057
  br i1 %8060, label %then1290, label %endif1291

done1289:                                         ; preds = %loop1287
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %98, align 8
  br label %loop1294

then1290:                                         ; preds = %body1288
  %8061 = getelementptr i64, ptr %7195, i64 %8057
  %8062 = load i64, ptr %8061, align 8
  %8063 = getelementptr i64, ptr %7195, i64 %8059
  %8064 = load i64, ptr %8063, align 8
  %8065 = and i64 %8057, 256
  %8066 = icmp eq i64 %8065, 0
  %8067 = icmp sgt i64 %8062, %8064
  %8068 = icmp slt i64 %8062, %8064
  %8069 = select i1 %8066, i1 %8067, i1 %8068
  br i1 %8069, label %then1292, label %endif1293

endif1291:                                        ; preds = %endif1293, %body1288
  %8070 = add i64 %8057, %341
  store i64 %8070, ptr %99, align 8
  br label %loop1287

then1292:                                         ; preds = %then1290
  %8071 = getelementptr i64, ptr %7195, i64 %8057
  store i64 %8064, ptr %8071, align 8
  %8072 = getelementptr i64, ptr %7195, i64 %8059
  store i64 %8062, ptr %8072, align 8
  br label %endif1293

endif1293:                                        ; preds = %then1292, %then1290
  br label %endif1291

loop1294:                                         ; preds = %endif1298, %done1289
  %8073 = load i64, ptr %98, align 8
  %8074 = icmp slt i64 %8073, 32768
  br i1 %8074, label %body1295, label %done1296

body1295:                                         ; preds = %loop1294
  %8075 = xor i64 %8073, 2
  %8076 = icmp sgt i64 %8075, %8073
  br i1 %8076, label %then1297, label %endif1298

done1296:                                         ; preds = %loop1294
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %97, align 8
  br label %loop1301

then1297:                                         ; preds = %body1295
  %8077 = getelementptr i64, ptr %7195, i64 %8073
  %8078 = load i64, ptr %8077, align 8
  %8079 = getelementptr i64, ptr %7195, i64 %8075
  %8080 = load i64, ptr %8079, align 8
  %8081 = and i64 %8073, 256
  %8082 = icmp eq i64 %8081, 0
  %8083 = icmp sgt i64 %8078, %8080
  %8084 = icmp slt i64 %8078, %8080
  %8085 = select i1 %8082, i1 %8083, i1 %8084
  br i1 %8085, label %then1299, label %endif1300

endif1298:                                        ; preds = %endif1300, %body1295
  %8086 = add i64 %8073, %341
  store i64 %8086, ptr %98, align 8
  br label %loop1294

then1299:                                         ; preds = %then1297
  %8087 = getelementptr i64, ptr %7195, i64 %8073
  store i64 %8080, ptr %8087, align 8
  %8088 = getelementptr i64, ptr %7195, i64 %8075
  store i64 %8078, ptr %8088, align 8
  br label %endif1300

endif1300:                                        ; preds = %then1299, %then1297
  br label %endif1298

loop1301:                                         ; preds = %endif1305, %done1296
  %8089 = load i64, ptr %97, align 8
  %8090 = icmp slt i64 %8089, 32768
  br i1 %8090, label %body1302, label %done1303

body1302:                                         ; preds = %loop1301
  %8091 = xor i64 %8089, 1
  %8092 = icmp sgt i64 %8091, %8089
  br i1 %8092, label %then1304, label %endif1305

done1303:                                         ; preds = %loop1301
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %96, align 8
  br label %loop1308

then1304:                                         ; preds = %body1302
  %8093 = getelementptr i64, ptr %7195, i64 %8089
  %8094 = load i64, ptr %8093, align 8
  %8095 = getelementptr i64, ptr %7195, i64 %8091
  %8096 = load i64, ptr %8095, align 8
  %8097 = and i64 %8089, 256
  %8098 = icmp eq i64 %8097, 0
  %8099 = icmp sgt i64 %8094, %8096
  %8100 = icmp slt i64 %8094, %8096
  %8101 = select i1 %8098, i1 %8099, i1 %8100
  br i1 %8101, label %then1306, label %endif1307

endif1305:                                        ; preds = %endif1307, %body1302
  %8102 = add i64 %8089, %341
  store i64 %8102, ptr %97, align 8
  br label %loop1301

then1306:                                         ; preds = %then1304
  %8103 = getelementptr i64, ptr %7195, i64 %8089
  store i64 %8096, ptr %8103, align 8
  %8104 = getelementptr i64, ptr %7195, i64 %8091
  store i64 %8094, ptr %8104, align 8
  br label %endif1307

endif1307:                                        ; preds = %then1306, %then1304
  br label %endif1305

loop1308:                                         ; preds = %endif1312, %done1303
  %8105 = load i64, ptr %96, align 8
  %8106 = icmp slt i64 %8105, 32768
  br i1 %8106, label %body1309, label %done1310

body1309:                                         ; preds = %loop1308
  %8107 = xor i64 %8105, 256
  %8108 = icmp sgt i64 %8107, %8105
  br i1 %8108, label %then1311, label %endif1312

done1310:                                         ; preds = %loop1308
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %95, align 8
  br label %loop1315

then1311:                                         ; preds = %body1309
  %8109 = getelementptr i64, ptr %7195, i64 %8105
  %8110 = load i64, ptr %8109, align 8
  %8111 = getelementptr i64, ptr %7195, i64 %8107
  %8112 = load i64, ptr %8111, align 8
  %8113 = and i64 %8105, 512
  %8114 = icmp eq i64 %8113, 0
  %8115 = icmp sgt i64 %8110, %8112
  %8116 = icmp slt i64 %8110, %8112
  %8117 = select i1 %8114, i1 %8115, i1 %8116
  br i1 %8117, label %then1313, label %endif1314

endif1312:                                        ; preds = %endif1314, %body1309
  %8118 = add i64 %8105, %341
  store i64 %8118, ptr %96, align 8
  br label %loop1308

then1313:                                         ; preds = %then1311
  %8119 = getelementptr i64, ptr %7195, i64 %8105
  store i64 %8112, ptr %8119, align 8
  %8120 = getelementptr i64, ptr %7195, i64 %8107
  store i64 %8110, ptr %8120, align 8
  br label %endif1314

endif1314:                                        ; preds = %then1313, %then1311
  br label %endif1312

loop1315:                                         ; preds = %endif1319, %done1310
  %8121 = load i64, ptr %95, align 8
  %8122 = icmp slt i64 %8121, 32768
  br i1 %8122, label %body1316, label %done1317

body1316:                                         ; preds = %loop1315
  %8123 = xor i64 %8121, 128
  %8124 = icmp sgt i64 %8123, %8121
  br i1 %8124, label %then1318, label %endif1319

done1317:                                         ; preds = %loop1315
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %94, align 8
  br label %loop1322

then1318:                                         ; preds = %body1316
  %8125 = getelementptr i64, ptr %7195, i64 %8121
  %8126 = load i64, ptr %8125, align 8
  %8127 = getelementptr i64, ptr %7195, i64 %8123
  %8128 = load i64, ptr %8127, align 8
  %8129 = and i64 %8121, 512
  %8130 = icmp eq i64 %8129, 0
  %8131 = icmp sgt i64 %8126, %8128
  %8132 = icmp slt i64 %8126, %8128
  %8133 = select i1 %8130, i1 %8131, i1 %8132
  br i1 %8133, label %then1320, label %endif1321

endif1319:                                        ; preds = %endif1321, %body1316
  %8134 = add i64 %8121, %341
  store i64 %8134, ptr %95, align 8
  br label %loop1315

then1320:                                         ; preds = %then1318
  %8135 = getelementptr i64, ptr %7195, i64 %8121
  store i64 %8128, ptr %8135, align 8
  %8136 = getelementptr i64, ptr %7195, i64 %8123
  store i64 %8126, ptr %8136, align 8
  br label %endif1321

endif1321:                                        ; preds = %then1320, %then1318
  br label %endif1319

loop1322:                                         ; preds = %endif1326, %done1317
  %8137 = load i64, ptr %94, align 8
  %8138 = icmp slt i64 %8137, 32768
  br i1 %8138, label %body1323, label %done1324

body1323:                                         ; preds = %loop1322
  %8139 = xor i64 %8137, 64
  %8140 = icmp sgt i64 %8139, %8137
  br i1 %8140, label %then1325, label %endif1326

done1324:                                         ; preds = %loop1322
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %93, align 8
  br label %loop1329

then1325:                                         ; preds = %body1323
  %8141 = getelementptr i64, ptr %7195, i64 %8137
  %8142 = load i64, ptr %8141, align 8
  %8143 = getelementptr i64, ptr %7195, i64 %8139
  %8144 = load i64, ptr %8143, align 8
  %8145 = and i64 %8137, 512
  %8146 = icmp eq i64 %8145, 0
  %8147 = icmp sgt i64 %8142, %8144
  %8148 = icmp slt i64 %8142, %8144
  %8149 = select i1 %8146, i1 %8147, i1 %8148
  br i1 %8149, label %then1327, label %endif1328

endif1326:                                        ; preds = %endif1328, %body1323
  %8150 = add i64 %8137, %341
  store i64 %8150, ptr %94, align 8
  br label %loop1322

then1327:                                         ; preds = %then1325
  %8151 = getelementptr i64, ptr %7195, i64 %8137
  store i64 %8144, ptr %8151, align 8
  %8152 = getelementptr i64, ptr %7195, i64 %8139
  store i64 %8142, ptr %8152, align 8
  br label %endif1328

endif1328:                                        ; preds = %then1327, %then1325
  br label %endif1326

loop1329:                                         ; preds = %endif1333, %done1324
  %8153 = load i64, ptr %93, align 8
  %8154 = icmp slt i64 %8153, 32768
  br i1 %8154, label %body1330, label %done1331

body1330:                                         ; preds = %loop1329
  %8155 = xor i64 %8153, 32
  %8156 = icmp sgt i64 %8155, %8153
  br i1 %8156, label %then1332, label %endif1333

done1331:                                         ; preds = %loop1329
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %92, align 8
  br label %loop1336

then1332:                                         ; preds = %body1330
  %8157 = getelementptr i64, ptr %7195, i64 %8153
  %8158 = load i64, ptr %8157, align 8
  %8159 = getelementptr i64, ptr %7195, i64 %8155
  %8160 = load i64, ptr %8159, align 8
  %8161 = and i64 %8153, 512
  %8162 = icmp eq i64 %8161, 0
  %8163 = icmp sgt i64 %8158, %8160
  %8164 = icmp slt i64 %8158, %8160
  %8165 = select i1 %8162, i1 %8163, i1 %8164
  br i1 %8165, label %then1334, label %endif1335

endif1333:                                        ; preds = %endif1335, %body1330
  %8166 = add i64 %8153, %341
  store i64 %8166, ptr %93, align 8
  br label %loop1329

then1334:                                         ; preds = %then1332
  %8167 = getelementptr i64, ptr %7195, i64 %8153
  store i64 %8160, ptr %8167, align 8
  %8168 = getelementptr i64, ptr %7195, i64 %8155
  store i64 %8158, ptr %8168, align 8
  br label %endif1335

endif1335:                                        ; preds = %then1334, %then1332
  br label %endif1333

loop1336:                                         ; preds = %endif1340, %done1331
  %8169 = load i64, ptr %92, align 8
  %8170 = icmp slt i64 %8169, 32768
  br i1 %8170, label %body1337, label %done1338

body1337:                                         ; preds = %loop1336
  %8171 = xor i64 %8169, 16
  %8172 = icmp sgt i64 %8171, %8169
  br i1 %8172, label %then1339, label %endif1340

done1338:                                         ; preds = %loop1336
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %91, align 8
  br label %loop1343

then1339:                                         ; preds = %body1337
  %8173 = getelementptr i64, ptr %7195, i64 %8169
  %8174 = load i64, ptr %8173, align 8
  %8175 = getelementptr i64, ptr %7195, i64 %8171
  %8176 = load i64, ptr %8175, align 8
  %8177 = and i64 %8169, 512
  %8178 = icmp eq i64 %8177, 0
  %8179 = icmp sgt i64 %8174, %8176
  %8180 = icmp slt i64 %8174, %8176
  %8181 = select i1 %8178, i1 %8179, i1 %8180
  br i1 %8181, label %then1341, label %endif1342

endif1340:                                        ; preds = %endif1342, %body1337
  %8182 = add i64 %8169, %341
  store i64 %8182, ptr %92, align 8
  br label %loop1336

then1341:                                         ; preds = %then1339
  %8183 = getelementptr i64, ptr %7195, i64 %8169
  store i64 %8176, ptr %8183, align 8
  %8184 = getelementptr i64, ptr %7195, i64 %8171
  store i64 %8174, ptr %8184, align 8
  br label %endif1342

endif1342:                                        ; preds = %then1341, %then1339
  br label %endif1340

loop1343:                                         ; preds = %endif1347, %done1338
  %8185 = load i64, ptr %91, align 8
  %8186 = icmp slt i64 %8185, 32768
  br i1 %8186, label %body1344, label %done1345

body1344:                                         ; preds = %loop1343
  %8187 = xor i64 %8185, 8
  %8188 = icmp sgt i64 %8187, %8185
  br i1 %8188, label %then1346, label %endif1347

done1345:                                         ; preds = %loop1343
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %90, align 8
  br label %loop1350

then1346:                                         ; preds = %body1344
  %8189 = getelementptr i64, ptr %7195, i64 %8185
  %8190 = load i64, ptr %8189, align 8
  %8191 = getelementptr i64, ptr %7195, i64 %8187
  %8192 = load i64, ptr %8191, align 8
  %8193 = and i64 %8185, 512
  %8194 = icmp eq i64 %8193, 0
  %8195 = icmp sgt i64 %8190, %8192
  %8196 = icmp slt i64 %8190, %8192
  %8197 = select i1 %8194, i1 %8195, i1 %8196
  br i1 %8197, label %then1348, label %endif1349

endif1347:                                        ; preds = %endif1349, %body1344
  %8198 = add i64 %8185, %341
  store i64 %8198, ptr %91, align 8
  br label %loop1343

then1348:                                         ; preds = %then1346
  %8199 = getelementptr i64, ptr %7195, i64 %8185
  store i64 %8192, ptr %8199, align 8
  %8200 = getelementptr i64, ptr %7195, i64 %8187
  store i64 %8190, ptr %8200, align 8
  br label %endif1349

endif1349:                                        ; preds = %then1348, %then1346
  br label %endif1347

loop1350:                                         ; preds = %endif1354, %done1345
  %8201 = load i64, ptr %90, align 8
  %8202 = icmp slt i64 %8201, 32768
  br i1 %8202, label %body1351, label %done1352

body1351:                                         ; preds = %loop1350
  %8203 = xor i64 %8201, 4
  %8204 = icmp sgt i64 %8203, %8201
  br i1 %8204, label %then1353, label %endif1354

done1352:                                         ; preds = %loop1350
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %89, align 8
  br label %loop1357

then1353:                                         ; preds = %body1351
  %8205 = getelementptr i64, ptr %7195, i64 %8201
  %8206 = load i64, ptr %8205, align 8
  %8207 = getelementptr i64, ptr %7195, i64 %8203
  %8208 = load i64, ptr %8207, align 8
  %8209 = and i64 %8201, 512
  %8210 = icmp eq i64 %8209, 0
  %8211 = icmp sgt i64 %8206, %8208
  %8212 = icmp slt i64 %8206, %8208
  %8213 = select i1 %8210, i1 %8211, i1 %8212
  br i1 %8213, label %then1355, label %endif1356

endif1354:                                        ; preds = %endif1356, %body1351
  %8214 = add i64 %8201, %341
  store i64 %8214, ptr %90, align 8
  br label %loop1350

then1355:                                         ; preds = %then1353
  %8215 = getelementptr i64, ptr %7195, i64 %8201
  store i64 %8208, ptr %8215, align 8
  %8216 = getelementptr i64, ptr %7195, i64 %8203
  store i64 %8206, ptr %8216, align 8
  br label %endif1356

endif1356:                                        ; preds = %then1355, %then1353
  br label %endif1354

loop1357:                                         ; preds = %endif1361, %done1352
  %8217 = load i64, ptr %89, align 8
  %8218 = icmp slt i64 %8217, 32768
  br i1 %8218, label %body1358, label %done1359

body1358:                                         ; preds = %loop1357
  %8219 = xor i64 %8217, 2
  %8220 = icmp sgt i64 %8219, %8217
  br i1 %8220, label %then1360, label %endif1361

done1359:                                         ; preds = %loop1357
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %88, align 8
  br label %loop1364

then1360:                                         ; preds = %body1358
  %8221 = getelementptr i64, ptr %7195, i64 %8217
  %8222 = load i64, ptr %8221, align 8
  %8223 = getelementptr i64, ptr %7195, i64 %8219
  %8224 = load i64, ptr %8223, align 8
  %8225 = and i64 %8217, 512
  %8226 = icmp eq i64 %8225, 0
  %8227 = icmp sgt i64 %8222, %8224
  %8228 = icmp slt i64 %8222, %8224
  %8229 = select i1 %8226, i1 %8227, i1 %8228
  br i1 %8229, label %then1362, label %endif1363

endif1361:                                        ; preds = %endif1363, %body1358
  %8230 = add i64 %8217, %341
  store i64 %8230, ptr %89, align 8
  br label %loop1357

then1362:                                         ; preds = %then1360
  %8231 = getelementptr i64, ptr %7195, i64 %8217
  store i64 %8224, ptr %8231, align 8
  %8232 = getelementptr i64, ptr %7195, i64 %8219
  store i64 %8222, ptr %8232, align 8
  br label %endif1363

endif1363:                                        ; preds = %then1362, %then1360
  br label %endif1361

loop1364:                                         ; preds = %endif1368, %done1359
  %8233 = load i64, ptr %88, align 8
  %8234 = icmp slt i64 %8233, 32768
  br i1 %8234, label %body1365, label %done1366

body1365:                                         ; preds = %loop1364
  %8235 = xor i64 %8233, 1
  %8236 = icmp sgt i64 %8235, %8233
  br i1 %8236, label %then1367, label %endif1368

done1366:                                         ; preds = %loop1364
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %87, align 8
  br label %loop1371

then1367:                                         ; preds = %body1365
  %8237 = getelementptr i64, ptr %7195, i64 %8233
  %8238 = load i64, ptr %8237, align 8
  %8239 = getelementptr i64, ptr %7195, i64 %8235
  %8240 = load i64, ptr %8239, align 8
  %8241 = and i64 %8233, 512
  %8242 = icmp eq i64 %8241, 0
  %8243 = icmp sgt i64 %8238, %8240
  %8244 = icmp slt i64 %8238, %8240
  %8245 = select i1 %8242, i1 %8243, i1 %8244
  br i1 %8245, label %then1369, label %endif1370

endif1368:                                        ; preds = %endif1370, %body1365
  %8246 = add i64 %8233, %341
  store i64 %8246, ptr %88, align 8
  br label %loop1364

then1369:                                         ; preds = %then1367
  %8247 = getelementptr i64, ptr %7195, i64 %8233
  store i64 %8240, ptr %8247, align 8
  %8248 = getelementptr i64, ptr %7195, i64 %8235
  store i64 %8238, ptr %8248, align 8
  br label %endif1370

endif1370:                                        ; preds = %then1369, %then1367
  br label %endif1368

loop1371:                                         ; preds = %endif1375, %done1366
  %8249 = load i64, ptr %87, align 8
  %8250 = icmp slt i64 %8249, 32768
  br i1 %8250, label %body1372, label %done1373

body1372:                                         ; preds = %loop1371
  %8251 = xor i64 %8249, 512
  %8252 = icmp sgt i64 %8251, %8249
  br i1 %8252, label %then1374, label %endif1375

done1373:                                         ; preds = %loop1371
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %86, align 8
  br label %loop1378

then1374:                                         ; preds = %body1372
  %8253 = getelementptr i64, ptr %7195, i64 %8249
  %8254 = load i64, ptr %8253, align 8
  %8255 = getelementptr i64, ptr %7195, i64 %8251
  %8256 = load i64, ptr %8255, align 8
  %8257 = and i64 %8249, 1024
  %8258 = icmp eq i64 %8257, 0
  %8259 = icmp sgt i64 %8254, %8256
  %8260 = icmp slt i64 %8254, %8256
  %8261 = select i1 %8258, i1 %8259, i1 %8260
  br i1 %8261, label %then1376, label %endif1377

endif1375:                                        ; preds = %endif1377, %body1372
  %8262 = add i64 %8249, %341
  store i64 %8262, ptr %87, align 8
  br label %loop1371

then1376:                                         ; preds = %then1374
  %8263 = getelementptr i64, ptr %7195, i64 %8249
  store i64 %8256, ptr %8263, align 8
  %8264 = getelementptr i64, ptr %7195, i64 %8251
  store i64 %8254, ptr %8264, align 8
  br label %endif1377

endif1377:                                        ; preds = %then1376, %then1374
  br label %endif1375

loop1378:                                         ; preds = %endif1382, %done1373
  %8265 = load i64, ptr %86, align 8
  %8266 = icmp slt i64 %8265, 32768
  br i1 %8266, label %body1379, label %done1380

body1379:                                         ; preds = %loop1378
  %8267 = xor i64 %8265, 256
  %8268 = icmp sgt i64 %8267, %8265
  br i1 %8268, label %then1381, label %endif1382

done1380:                                         ; preds = %loop1378
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %85, align 8
  br label %loop1385

then1381:                                         ; preds = %body1379
  %8269 = getelementptr i64, ptr %7195, i64 %8265
  %8270 = load i64, ptr %8269, align 8
  %8271 = getelementptr i64, ptr %7195, i64 %8267
  %8272 = load i64, ptr %8271, align 8
  %8273 = and i64 %8265, 1024
  %8274 = icmp eq i64 %8273, 0
  %8275 = icmp sgt i64 %8270, %8272
  %8276 = icmp slt i64 %8270, %8272
  %8277 = select i1 %8274, i1 %8275, i1 %8276
  br i1 %8277, label %then1383, label %endif1384

endif1382:                                        ; preds = %endif1384, %body1379
  %8278 = add i64 %8265, %341
  store i64 %8278, ptr %86, align 8
  br label %loop1378

then1383:                                         ; preds = %then1381
  %8279 = getelementptr i64, ptr %7195, i64 %8265
  store i64 %8272, ptr %8279, align 8
  %8280 = getelementptr i64, ptr %7195, i64 %8267
  store i64 %8270, ptr %8280, align 8
  br label %endif1384

endif1384:                                        ; preds = %then1383, %then1381
  br label %endif1382

loop1385:                                         ; preds = %endif1389, %done1380
  %8281 = load i64, ptr %85, align 8
  %8282 = icmp slt i64 %8281, 32768
  br i1 %8282, label %body1386, label %done1387

body1386:                                         ; preds = %loop1385
  %8283 = xor i64 %8281, 128
  %8284 = icmp sgt i64 %8283, %8281
  br i1 %8284, label %then1388, label %endif1389

done1387:                                         ; preds = %loop1385
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %84, align 8
  br label %loop1392

then1388:                                         ; preds = %body1386
  %8285 = getelementptr i64, ptr %7195, i64 %8281
  %8286 = load i64, ptr %8285, align 8
  %8287 = getelementptr i64, ptr %7195, i64 %8283
  %8288 = load i64, ptr %8287, align 8
  %8289 = and i64 %8281, 1024
  %8290 = icmp eq i64 %8289, 0
  %8291 = icmp sgt i64 %8286, %8288
  %8292 = icmp slt i64 %8286, %8288
  %8293 = select i1 %8290, i1 %8291, i1 %8292
  br i1 %8293, label %then1390, label %endif1391

endif1389:                                        ; preds = %endif1391, %body1386
  %8294 = add i64 %8281, %341
  store i64 %8294, ptr %85, align 8
  br label %loop1385

then1390:                                         ; preds = %then1388
  %8295 = getelementptr i64, ptr %7195, i64 %8281
  store i64 %8288, ptr %8295, align 8
  %8296 = getelementptr i64, ptr %7195, i64 %8283
  store i64 %8286, ptr %8296, align 8
  br label %endif1391

endif1391:                                        ; preds = %then1390, %then1388
  br label %endif1389

loop1392:                                         ; preds = %endif1396, %done1387
  %8297 = load i64, ptr %84, align 8
  %8298 = icmp slt i64 %8297, 32768
  br i1 %8298, label %body1393, label %done1394

body1393:                                         ; preds = %loop1392
  %8299 = xor i64 %8297, 64
  %8300 = icmp sgt i64 %8299, %8297
  br i1 %8300, label %then1395, label %endif1396

done1394:                                         ; preds = %loop1392
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %83, align 8
  br label %loop1399

then1395:                                         ; preds = %body1393
  %8301 = getelementptr i64, ptr %7195, i64 %8297
  %8302 = load i64, ptr %8301, align 8
  %8303 = getelementptr i64, ptr %7195, i64 %8299
  %8304 = load i64, ptr %8303, align 8
  %8305 = and i64 %8297, 1024
  %8306 = icmp eq i64 %8305, 0
  %8307 = icmp sgt i64 %8302, %8304
  %8308 = icmp slt i64 %8302, %8304
  %8309 = select i1 %8306, i1 %8307, i1 %8308
  br i1 %8309, label %then1397, label %endif1398

endif1396:                                        ; preds = %endif1398, %body1393
  %8310 = add i64 %8297, %341
  store i64 %8310, ptr %84, align 8
  br label %loop1392

then1397:                                         ; preds = %then1395
  %8311 = getelementptr i64, ptr %7195, i64 %8297
  store i64 %8304, ptr %8311, align 8
  %8312 = getelementptr i64, ptr %7195, i64 %8299
  store i64 %8302, ptr %8312, align 8
  br label %endif1398

endif1398:                                        ; preds = %then1397, %then1395
  br label %endif1396

loop1399:                                         ; preds = %endif1403, %done1394
  %8313 = load i64, ptr %83, align 8
  %8314 = icmp slt i64 %8313, 32768
  br i1 %8314, label %body1400, label %done1401

body1400:                                         ; preds = %loop1399
  %8315 = xor i64 %8313, 32
  %8316 = icmp sgt i64 %8315, %8313
  br i1 %8316, label %then1402, label %endif1403

done1401:                                         ; preds = %loop1399
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %82, align 8
  br label %loop1406

then1402:                                         ; preds = %body1400
  %8317 = getelementptr i64, ptr %7195, i64 %8313
  %8318 = load i64, ptr %8317, align 8
  %8319 = getelementptr i64, ptr %7195, i64 %8315
  %8320 = load i64, ptr %8319, align 8
  %8321 = and i64 %8313, 1024
  %8322 = icmp eq i64 %8321, 0
  %8323 = icmp sgt i64 %8318, %8320
  %8324 = icmp slt i64 %8318, %8320
  %8325 = select i1 %8322, i1 %8323, i1 %8324
  br i1 %8325, label %then1404, label %endif1405

endif1403:                                        ; preds = %endif1405, %body1400
  %8326 = add i64 %8313, %341
  store i64 %8326, ptr %83, align 8
  br label %loop1399

then1404:                                         ; preds = %then1402
  %8327 = getelementptr i64, ptr %7195, i64 %8313
  store i64 %8320, ptr %8327, align 8
  %8328 = getelementptr i64, ptr %7195, i64 %8315
  store i64 %8318, ptr %8328, align 8
  br label %endif1405

endif1405:                                        ; preds = %then1404, %then1402
  br label %endif1403

loop1406:                                         ; preds = %endif1410, %done1401
  %8329 = load i64, ptr %82, align 8
  %8330 = icmp slt i64 %8329, 32768
  br i1 %8330, label %body1407, label %done1408

body1407:                                         ; preds = %loop1406
  %8331 = xor i64 %8329, 16
  %8332 = icmp sgt i64 %8331, %8329
  br i1 %8332, label %then1409, label %endif1410

done1408:                                         ; preds = %loop1406
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %81, align 8
  br label %loop1413

then1409:                                         ; preds = %body1407
  %8333 = getelementptr i64, ptr %7195, i64 %8329
  %8334 = load i64, ptr %8333, align 8
  %8335 = getelementptr i64, ptr %7195, i64 %8331
  %8336 = load i64, ptr %8335, align 8
  %8337 = and i64 %8329, 1024
  %8338 = icmp eq i64 %8337, 0
  %8339 = icmp sgt i64 %8334, %8336
  %8340 = icmp slt i64 %8334, %8336
  %8341 = select i1 %8338, i1 %8339, i1 %8340
  br i1 %8341, label %then1411, label %endif1412

endif1410:                                        ; preds = %endif1412, %body1407
  %8342 = add i64 %8329, %341
  store i64 %8342, ptr %82, align 8
  br label %loop1406

then1411:                                         ; preds = %then1409
  %8343 = getelementptr i64, ptr %7195, i64 %8329
  store i64 %8336, ptr %8343, align 8
  %8344 = getelementptr i64, ptr %7195, i64 %8331
  store i64 %8334, ptr %8344, align 8
  br label %endif1412

endif1412:                                        ; preds = %then1411, %then1409
  br label %endif1410

loop1413:                                         ; preds = %endif1417, %done1408
  %8345 = load i64, ptr %81, align 8
  %8346 = icmp slt i64 %8345, 32768
  br i1 %8346, label %body1414, label %done1415

body1414:                                         ; preds = %loop1413
  %8347 = xor i64 %8345, 8
  %8348 = icmp sgt i64 %8347, %8345
  br i1 %8348, label %then1416, label %endif1417

done1415:                                         ; preds = %loop1413
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %80, align 8
  br label %loop1420

then1416:                                         ; preds = %body1414
  %8349 = getelementptr i64, ptr %7195, i64 %8345
  %8350 = load i64, ptr %8349, align 8
  %8351 = getelementptr i64, ptr %7195, i64 %8347
  %8352 = load i64, ptr %8351, align 8
  %8353 = and i64 %8345, 1024
  %8354 = icmp eq i64 %8353, 0
  %8355 = icmp sgt i64 %8350, %8352
  %8356 = icmp slt i64 %8350, %8352
  %8357 = select i1 %8354, i1 %8355, i1 %8356
  br i1 %8357, label %then1418, label %endif1419

endif1417:                                        ; preds = %endif1419, %body1414
  %8358 = add i64 %8345, %341
  store i64 %8358, ptr %81, align 8
  br label %loop1413

then1418:                                         ; preds = %then1416
  %8359 = getelementptr i64, ptr %7195, i64 %8345
  store i64 %8352, ptr %8359, align 8
  %8360 = getelementptr i64, ptr %7195, i64 %8347
  store i64 %8350, ptr %8360, align 8
  br label %endif1419

endif1419:                                        ; preds = %then1418, %then1416
  br label %endif1417

loop1420:                                         ; preds = %endif1424, %done1415
  %8361 = load i64, ptr %80, align 8
  %8362 = icmp slt i64 %8361, 32768
  br i1 %8362, label %body1421, label %done1422

body1421:                                         ; preds = %loop1420
  %8363 = xor i64 %8361, 4
  %8364 = icmp sgt i64 %8363, %8361
  br i1 %8364, label %then1423, label %endif1424

done1422:                                         ; preds = %loop1420
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %79, align 8
  br label %loop1427

then1423:                                         ; preds = %body1421
  %8365 = getelementptr i64, ptr %7195, i64 %8361
  %8366 = load i64, ptr %8365, align 8
  %8367 = getelementptr i64, ptr %7195, i64 %8363
  %8368 = load i64, ptr %8367, align 8
  %8369 = and i64 %8361, 1024
  %8370 = icmp eq i64 %8369, 0
  %8371 = icmp sgt i64 %8366, %8368
  %8372 = icmp slt i64 %8366, %8368
  %8373 = select i1 %8370, i1 %8371, i1 %8372
  br i1 %8373, label %then1425, label %endif1426

endif1424:                                        ; preds = %endif1426, %body1421
  %8374 = add i64 %8361, %341
  store i64 %8374, ptr %80, align 8
  br label %loop1420

then1425:                                         ; preds = %then1423
  %8375 = getelementptr i64, ptr %7195, i64 %8361
  store i64 %8368, ptr %8375, align 8
  %8376 = getelementptr i64, ptr %7195, i64 %8363
  store i64 %8366, ptr %8376, align 8
  br label %endif1426

endif1426:                                        ; preds = %then1425, %then1423
  br label %endif1424

loop1427:                                         ; preds = %endif1431, %done1422
  %8377 = load i64, ptr %79, align 8
  %8378 = icmp slt i64 %8377, 32768
  br i1 %8378, label %body1428, label %done1429

body1428:                                         ; preds = %loop1427
  %8379 = xor i64 %8377, 2
  %8380 = icmp sgt i64 %8379, %8377
  br i1 %8380, label %then1430, label %endif1431

done1429:                                         ; preds = %loop1427
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %78, align 8
  br label %loop1434

then1430:                                         ; preds = %body1428
  %8381 = getelementptr i64, ptr %7195, i64 %8377
  %8382 = load i64, ptr %8381, align 8
  %8383 = getelementptr i64, ptr %7195, i64 %8379
  %8384 = load i64, ptr %8383, align 8
  %8385 = and i64 %8377, 1024
  %8386 = icmp eq i64 %8385, 0
  %8387 = icmp sgt i64 %8382, %8384
  %8388 = icmp slt i64 %8382, %8384
  %8389 = select i1 %8386, i1 %8387, i1 %8388
  br i1 %8389, label %then1432, label %endif1433

endif1431:                                        ; preds = %endif1433, %body1428
  %8390 = add i64 %8377, %341
  store i64 %8390, ptr %79, align 8
  br label %loop1427

then1432:                                         ; preds = %then1430
  %8391 = getelementptr i64, ptr %7195, i64 %8377
  store i64 %8384, ptr %8391, align 8
  %8392 = getelementptr i64, ptr %7195, i64 %8379
  store i64 %8382, ptr %8392, align 8
  br label %endif1433

endif1433:                                        ; preds = %then1432, %then1430
  br label %endif1431

loop1434:                                         ; preds = %endif1438, %done1429
  %8393 = load i64, ptr %78, align 8
  %8394 = icmp slt i64 %8393, 32768
  br i1 %8394, label %body1435, label %done1436

body1435:                                         ; preds = %loop1434
  %8395 = xor i64 %8393, 1
  %8396 = icmp sgt i64 %8395, %8393
  br i1 %8396, label %then1437, label %endif1438

done1436:                                         ; preds = %loop1434
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %77, align 8
  br label %loop1441

then1437:                                         ; preds = %body1435
  %8397 = getelementptr i64, ptr %7195, i64 %8393
  %8398 = load i64, ptr %8397, align 8
  %8399 = getelementptr i64, ptr %7195, i64 %8395
  %8400 = load i64, ptr %8399, align 8
  %8401 = and i64 %8393, 1024
  %8402 = icmp eq i64 %8401, 0
  %8403 = icmp sgt i64 %8398, %8400
  %8404 = icmp slt i64 %8398, %8400
  %8405 = select i1 %8402, i1 %8403, i1 %8404
  br i1 %8405, label %then1439, label %endif1440

endif1438:                                        ; preds = %endif1440, %body1435
  %8406 = add i64 %8393, %341
  store i64 %8406, ptr %78, align 8
  br label %loop1434

then1439:                                         ; preds = %then1437
  %8407 = getelementptr i64, ptr %7195, i64 %8393
  store i64 %8400, ptr %8407, align 8
  %8408 = getelementptr i64, ptr %7195, i64 %8395
  store i64 %8398, ptr %8408, align 8
  br label %endif1440

endif1440:                                        ; preds = %then1439, %then1437
  br label %endif1438

loop1441:                                         ; preds = %endif1445, %done1436
  %8409 = load i64, ptr %77, align 8
  %8410 = icmp slt i64 %8409, 32768
  br i1 %8410, label %body1442, label %done1443

body1442:                                         ; preds = %loop1441
  %8411 = xor i64 %8409, 1024
  %8412 = icmp sgt i64 %8411, %8409
  br i1 %8412, label %then1444, label %endif1445

done1443:                                         ; preds = %loop1441
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %76, align 8
  br label %loop1448

then1444:                                         ; preds = %body1442
  %8413 = getelementptr i64, ptr %7195, i64 %8409
  %8414 = load i64, ptr %8413, align 8
  %8415 = getelementptr i64, ptr %7195, i64 %8411
  %8416 = load i64, ptr %8415, align 8
  %8417 = and i64 %8409, 2048
  %8418 = icmp eq i64 %8417, 0
  %8419 = icmp sgt i64 %8414, %8416
  %8420 = icmp slt i64 %8414, %8416
  %8421 = select i1 %8418, i1 %8419, i1 %8420
  br i1 %8421, label %then1446, label %endif1447

endif1445:                                        ; preds = %endif1447, %body1442
  %8422 = add i64 %8409, %341
  store i64 %8422, ptr %77, align 8
  br label %loop1441

then1446:                                         ; preds = %then1444
  %8423 = getelementptr i64, ptr %7195, i64 %8409
  store i64 %8416, ptr %8423, align 8
  %8424 = getelementptr i64, ptr %7195, i64 %8411
  store i64 %8414, ptr %8424, align 8
  br label %endif1447

endif1447:                                        ; preds = %then1446, %then1444
  br label %endif1445

loop1448:                                         ; preds = %endif1452, %done1443
  %8425 = load i64, ptr %76, align 8
  %8426 = icmp slt i64 %8425, 32768
  br i1 %8426, label %body1449, label %done1450

body1449:                                         ; preds = %loop1448
  %8427 = xor i64 %8425, 512
  %8428 = icmp sgt i64 %8427, %8425
  br i1 %8428, label %then1451, label %endif1452

done1450:                                         ; preds = %loop1448
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %75, align 8
  br label %loop1455

then1451:                                         ; preds = %body1449
  %8429 = getelementptr i64, ptr %7195, i64 %8425
  %8430 = load i64, ptr %8429, align 8
  %8431 = getelementptr i64, ptr %7195, i64 %8427
  %8432 = load i64, ptr %8431, align 8
  %8433 = and i64 %8425, 2048
  %8434 = icmp eq i64 %8433, 0
  %8435 = icmp sgt i64 %8430, %8432
  %8436 = icmp slt i64 %8430, %8432
  %8437 = select i1 %8434, i1 %8435, i1 %8436
  br i1 %8437, label %then1453, label %endif1454

endif1452:                                        ; preds = %endif1454, %body1449
  %8438 = add i64 %8425, %341
  store i64 %8438, ptr %76, align 8
  br label %loop1448

then1453:                                         ; preds = %then1451
  %8439 = getelementptr i64, ptr %7195, i64 %8425
  store i64 %8432, ptr %8439, align 8
  %8440 = getelementptr i64, ptr %7195, i64 %8427
  store i64 %8430, ptr %8440, align 8
  br label %endif1454

endif1454:                                        ; preds = %then1453, %then1451
  br label %endif1452

loop1455:                                         ; preds = %endif1459, %done1450
  %8441 = load i64, ptr %75, align 8
  %8442 = icmp slt i64 %8441, 32768
  br i1 %8442, label %body1456, label %done1457

body1456:                                         ; preds = %loop1455
  %8443 = xor i64 %8441, 256
  %8444 = icmp sgt i64 %8443, %8441
  br i1 %8444, label %then1458, label %endif1459

done1457:                                         ; preds = %loop1455
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %74, align 8
  br label %loop1462

then1458:                                         ; preds = %body1456
  %8445 = getelementptr i64, ptr %7195, i64 %8441
  %8446 = load i64, ptr %8445, align 8
  %8447 = getelementptr i64, ptr %7195, i64 %8443
  %8448 = load i64, ptr %8447, align 8
  %8449 = and i64 %8441, 2048
  %8450 = icmp eq i64 %8449, 0
  %8451 = icmp sgt i64 %8446, %8448
  %8452 = icmp slt i64 %8446, %8448
  %8453 = select i1 %8450, i1 %8451, i1 %8452
  br i1 %8453, label %then1460, label %endif1461

endif1459:                                        ; preds = %endif1461, %body1456
  %8454 = add i64 %8441, %341
  store i64 %8454, ptr %75, align 8
  br label %loop1455

then1460:                                         ; preds = %then1458
  %8455 = getelementptr i64, ptr %7195, i64 %8441
  store i64 %8448, ptr %8455, align 8
  %8456 = getelementptr i64, ptr %7195, i64 %8443
  store i64 %8446, ptr %8456, align 8
  br label %endif1461

endif1461:                                        ; preds = %then1460, %then1458
  br label %endif1459

loop1462:                                         ; preds = %endif1466, %done1457
  %8457 = load i64, ptr %74, align 8
  %8458 = icmp slt i64 %8457, 32768
  br i1 %8458, label %body1463, label %done1464

body1463:                                         ; preds = %loop1462
  %8459 = xor i64 %8457, 128
  %8460 = icmp sgt i64 %8459, %8457
  br i1 %8460, label %then1465, label %endif1466

done1464:                                         ; preds = %loop1462
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %73, align 8
  br label %loop1469

then1465:                                         ; preds = %body1463
  %8461 = getelementptr i64, ptr %7195, i64 %8457
  %8462 = load i64, ptr %8461, align 8
  %8463 = getelementptr i64, ptr %7195, i64 %8459
  %8464 = load i64, ptr %8463, align 8
  %8465 = and i64 %8457, 2048
  %8466 = icmp eq i64 %8465, 0
  %8467 = icmp sgt i64 %8462, %8464
  %8468 = icmp slt i64 %8462, %8464
  %8469 = select i1 %8466, i1 %8467, i1 %8468
  br i1 %8469, label %then1467, label %endif1468

endif1466:                                        ; preds = %endif1468, %body1463
  %8470 = add i64 %8457, %341
  store i64 %8470, ptr %74, align 8
  br label %loop1462

then1467:                                         ; preds = %then1465
  %8471 = getelementptr i64, ptr %7195, i64 %8457
  store i64 %8464, ptr %8471, align 8
  %8472 = getelementptr i64, ptr %7195, i64 %8459
  store i64 %8462, ptr %8472, align 8
  br label %endif1468

endif1468:                                        ; preds = %then1467, %then1465
  br label %endif1466

loop1469:                                         ; preds = %endif1473, %done1464
  %8473 = load i64, ptr %73, align 8
  %8474 = icmp slt i64 %8473, 32768
  br i1 %8474, label %body1470, label %done1471

body1470:                                         ; preds = %loop1469
  %8475 = xor i64 %8473, 64
  %8476 = icmp sgt i64 %8475, %8473
  br i1 %8476, label %then1472, label %endif1473

done1471:                                         ; preds = %loop1469
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %72, align 8
  br label %loop1476

then1472:                                         ; preds = %body1470
  %8477 = getelementptr i64, ptr %7195, i64 %8473
  %8478 = load i64, ptr %8477, align 8
  %8479 = getelementptr i64, ptr %7195, i64 %8475
  %8480 = load i64, ptr %8479, align 8
  %8481 = and i64 %8473, 2048
  %8482 = icmp eq i64 %8481, 0
  %8483 = icmp sgt i64 %8478, %8480
  %8484 = icmp slt i64 %8478, %8480
  %8485 = select i1 %8482, i1 %8483, i1 %8484
  br i1 %8485, label %then1474, label %endif1475

endif1473:                                        ; preds = %endif1475, %body1470
  %8486 = add i64 %8473, %341
  store i64 %8486, ptr %73, align 8
  br label %loop1469

then1474:                                         ; preds = %then1472
  %8487 = getelementptr i64, ptr %7195, i64 %8473
  store i64 %8480, ptr %8487, align 8
  %8488 = getelementptr i64, ptr %7195, i64 %8475
  store i64 %8478, ptr %8488, align 8
  br label %endif1475

endif1475:                                        ; preds = %then1474, %then1472
  br label %endif1473

loop1476:                                         ; preds = %endif1480, %done1471
  %8489 = load i64, ptr %72, align 8
  %8490 = icmp slt i64 %8489, 32768
  br i1 %8490, label %body1477, label %done1478

body1477:                                         ; preds = %loop1476
  %8491 = xor i64 %8489, 32
  %8492 = icmp sgt i64 %8491, %8489
  br i1 %8492, label %then1479, label %endif1480

done1478:                                         ; preds = %loop1476
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %71, align 8
  br label %loop1483

then1479:                                         ; preds = %body1477
  %8493 = getelementptr i64, ptr %7195, i64 %8489
  %8494 = load i64, ptr %8493, align 8
  %8495 = getelementptr i64, ptr %7195, i64 %8491
  %8496 = load i64, ptr %8495, align 8
  %8497 = and i64 %8489, 2048
  %8498 = icmp eq i64 %8497, 0
  %8499 = icmp sgt i64 %8494, %8496
  %8500 = icmp slt i64 %8494, %8496
  %8501 = select i1 %8498, i1 %8499, i1 %8500
  br i1 %8501, label %then1481, label %endif1482

endif1480:                                        ; preds = %endif1482, %body1477
  %8502 = add i64 %8489, %341
  store i64 %8502, ptr %72, align 8
  br label %loop1476

then1481:                                         ; preds = %then1479
  %8503 = getelementptr i64, ptr %7195, i64 %8489
  store i64 %8496, ptr %8503, align 8
  %8504 = getelementptr i64, ptr %7195, i64 %8491
  store i64 %8494, ptr %8504, align 8
  br label %endif1482

endif1482:                                        ; preds = %then1481, %then1479
  br label %endif1480

loop1483:                                         ; preds = %endif1487, %done1478
  %8505 = load i64, ptr %71, align 8
  %8506 = icmp slt i64 %8505, 32768
  br i1 %8506, label %body1484, label %done1485

body1484:                                         ; preds = %loop1483
  %8507 = xor i64 %8505, 16
  %8508 = icmp sgt i64 %8507, %8505
  br i1 %8508, label %then1486, label %endif1487

done1485:                                         ; preds = %loop1483
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %70, align 8
  br label %loop1490

then1486:                                         ; preds = %body1484
  %8509 = getelementptr i64, ptr %7195, i64 %8505
  %8510 = load i64, ptr %8509, align 8
  %8511 = getelementptr i64, ptr %7195, i64 %8507
  %8512 = load i64, ptr %8511, align 8
  %8513 = and i64 %8505, 2048
  %8514 = icmp eq i64 %8513, 0
  %8515 = icmp sgt i64 %8510, %8512
  %8516 = icmp slt i64 %8510, %8512
  %8517 = select i1 %8514, i1 %8515, i1 %8516
  br i1 %8517, label %then1488, label %endif1489

endif1487:                                        ; preds = %endif1489, %body1484
  %8518 = add i64 %8505, %341
  store i64 %8518, ptr %71, align 8
  br label %loop1483

then1488:                                         ; preds = %then1486
  %8519 = getelementptr i64, ptr %7195, i64 %8505
  store i64 %8512, ptr %8519, align 8
  %8520 = getelementptr i64, ptr %7195, i64 %8507
  store i64 %8510, ptr %8520, align 8
  br label %endif1489

endif1489:                                        ; preds = %then1488, %then1486
  br label %endif1487

loop1490:                                         ; preds = %endif1494, %done1485
  %8521 = load i64, ptr %70, align 8
  %8522 = icmp slt i64 %8521, 32768
  br i1 %8522, label %body1491, label %done1492

body1491:                                         ; preds = %loop1490
  %8523 = xor i64 %8521, 8
  %8524 = icmp sgt i64 %8523, %8521
  br i1 %8524, label %then1493, label %endif1494

done1492:                                         ; preds = %loop1490
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %69, align 8
  br label %loop1497

then1493:                                         ; preds = %body1491
  %8525 = getelementptr i64, ptr %7195, i64 %8521
  %8526 = load i64, ptr %8525, align 8
  %8527 = getelementptr i64, ptr %7195, i64 %8523
  %8528 = load i64, ptr %8527, align 8
  %8529 = and i64 %8521, 2048
  %8530 = icmp eq i64 %8529, 0
  %8531 = icmp sgt i64 %8526, %8528
  %8532 = icmp slt i64 %8526, %8528
  %8533 = select i1 %8530, i1 %8531, i1 %8532
  br i1 %8533, label %then1495, label %endif1496

endif1494:                                        ; preds = %endif1496, %body1491
  %8534 = add i64 %8521, %341
  store i64 %8534, ptr %70, align 8
  br label %loop1490

then1495:                                         ; preds = %then1493
  %8535 = getelementptr i64, ptr %7195, i64 %8521
  store i64 %8528, ptr %8535, align 8
  %8536 = getelementptr i64, ptr %7195, i64 %8523
  store i64 %8526, ptr %8536, align 8
  br label %endif1496

endif1496:                                        ; preds = %then1495, %then1493
  br label %endif1494

loop1497:                                         ; preds = %endif1501, %done1492
  %8537 = load i64, ptr %69, align 8
  %8538 = icmp slt i64 %8537, 32768
  br i1 %8538, label %body1498, label %done1499

body1498:                                         ; preds = %loop1497
  %8539 = xor i64 %8537, 4
  %8540 = icmp sgt i64 %8539, %8537
  br i1 %8540, label %then1500, label %endif1501

done1499:                                         ; preds = %loop1497
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %68, align 8
  br label %loop1504

then1500:                                         ; preds = %body1498
  %8541 = getelementptr i64, ptr %7195, i64 %8537
  %8542 = load i64, ptr %8541, align 8
  %8543 = getelementptr i64, ptr %7195, i64 %8539
  %8544 = load i64, ptr %8543, align 8
  %8545 = and i64 %8537, 2048
  %8546 = icmp eq i64 %8545, 0
  %8547 = icmp sgt i64 %8542, %8544
  %8548 = icmp slt i64 %8542, %8544
  %8549 = select i1 %8546, i1 %8547, i1 %8548
  br i1 %8549, label %then1502, label %endif1503

endif1501:                                        ; preds = %endif1503, %body1498
  %8550 = add i64 %8537, %341
  store i64 %8550, ptr %69, align 8
  br label %loop1497

then1502:                                         ; preds = %then1500
  %8551 = getelementptr i64, ptr %7195, i64 %8537
  store i64 %8544, ptr %8551, align 8
  %8552 = getelementptr i64, ptr %7195, i64 %8539
  store i64 %8542, ptr %8552, align 8
  br label %endif1503

endif1503:                                        ; preds = %then1502, %then1500
  br label %endif1501

loop1504:                                         ; preds = %endif1508, %done1499
  %8553 = load i64, ptr %68, align 8
  %8554 = icmp slt i64 %8553, 32768
  br i1 %8554, label %body1505, label %done1506

body1505:                                         ; preds = %loop1504
  %8555 = xor i64 %8553, 2
  %8556 = icmp sgt i64 %8555, %8553
  br i1 %8556, label %then1507, label %endif1508

done1506:                                         ; preds = %loop1504
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %67, align 8
  br label %loop1511

then1507:                                         ; preds = %body1505
  %8557 = getelementptr i64, ptr %7195, i64 %8553
  %8558 = load i64, ptr %8557, align 8
  %8559 = getelementptr i64, ptr %7195, i64 %8555
  %8560 = load i64, ptr %8559, align 8
  %8561 = and i64 %8553, 2048
  %8562 = icmp eq i64 %8561, 0
  %8563 = icmp sgt i64 %8558, %8560
  %8564 = icmp slt i64 %8558, %8560
  %8565 = select i1 %8562, i1 %8563, i1 %8564
  br i1 %8565, label %then1509, label %endif1510

endif1508:                                        ; preds = %endif1510, %body1505
  %8566 = add i64 %8553, %341
  store i64 %8566, ptr %68, align 8
  br label %loop1504

then1509:                                         ; preds = %then1507
  %8567 = getelementptr i64, ptr %7195, i64 %8553
  store i64 %8560, ptr %8567, align 8
  %8568 = getelementptr i64, ptr %7195, i64 %8555
  store i64 %8558, ptr %8568, align 8
  br label %endif1510

endif1510:                                        ; preds = %then1509, %then1507
  br label %endif1508

loop1511:                                         ; preds = %endif1515, %done1506
  %8569 = load i64, ptr %67, align 8
  %8570 = icmp slt i64 %8569, 32768
  br i1 %8570, label %body1512, label %done1513

body1512:                                         ; preds = %loop1511
  %8571 = xor i64 %8569, 1
  %8572 = icmp sgt i64 %8571, %8569
  br i1 %8572, label %then1514, label %endif1515

done1513:                                         ; preds = %loop1511
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %66, align 8
  br label %loop1518

then1514:                                         ; preds = %body1512
  %8573 = getelementptr i64, ptr %7195, i64 %8569
  %8574 = load i64, ptr %8573, align 8
  %8575 = getelementptr i64, ptr %7195, i64 %8571
  %8576 = load i64, ptr %8575, align 8
  %8577 = and i64 %8569, 2048
  %8578 = icmp eq i64 %8577, 0
  %8579 = icmp sgt i64 %8574, %8576
  %8580 = icmp slt i64 %8574, %8576
  %8581 = select i1 %8578, i1 %8579, i1 %8580
  br i1 %8581, label %then1516, label %endif1517

endif1515:                                        ; preds = %endif1517, %body1512
  %8582 = add i64 %8569, %341
  store i64 %8582, ptr %67, align 8
  br label %loop1511

then1516:                                         ; preds = %then1514
  %8583 = getelementptr i64, ptr %7195, i64 %8569
  store i64 %8576, ptr %8583, align 8
  %8584 = getelementptr i64, ptr %7195, i64 %8571
  store i64 %8574, ptr %8584, align 8
  br label %endif1517

endif1517:                                        ; preds = %then1516, %then1514
  br label %endif1515

loop1518:                                         ; preds = %endif1522, %done1513
  %8585 = load i64, ptr %66, align 8
  %8586 = icmp slt i64 %8585, 32768
  br i1 %8586, label %body1519, label %done1520

body1519:                                         ; preds = %loop1518
  %8587 = xor i64 %8585, 2048
  %8588 = icmp sgt i64 %8587, %8585
  br i1 %8588, label %then1521, label %endif1522

done1520:                                         ; preds = %loop1518
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %65, align 8
  br label %loop1525

then1521:                                         ; preds = %body1519
  %8589 = getelementptr i64, ptr %7195, i64 %8585
  %8590 = load i64, ptr %8589, align 8
  %8591 = getelementptr i64, ptr %7195, i64 %8587
  %8592 = load i64, ptr %8591, align 8
  %8593 = and i64 %8585, 4096
  %8594 = icmp eq i64 %8593, 0
  %8595 = icmp sgt i64 %8590, %8592
  %8596 = icmp slt i64 %8590, %8592
  %8597 = select i1 %8594, i1 %8595, i1 %8596
  br i1 %8597, label %then1523, label %endif1524

endif1522:                                        ; preds = %endif1524, %body1519
  %8598 = add i64 %8585, %341
  store i64 %8598, ptr %66, align 8
  br label %loop1518

then1523:                                         ; preds = %then1521
  %8599 = getelementptr i64, ptr %7195, i64 %8585
  store i64 %8592, ptr %8599, align 8
  %8600 = getelementptr i64, ptr %7195, i64 %8587
  store i64 %8590, ptr %8600, align 8
  br label %endif1524

endif1524:                                        ; preds = %then1523, %then1521
  br label %endif1522

loop1525:                                         ; preds = %endif1529, %done1520
  %8601 = load i64, ptr %65, align 8
  %8602 = icmp slt i64 %8601, 32768
  br i1 %8602, label %body1526, label %done1527

body1526:                                         ; preds = %loop1525
  %8603 = xor i64 %8601, 1024
  %8604 = icmp sgt i64 %8603, %8601
  br i1 %8604, label %then1528, label %endif1529

done1527:                                         ; preds = %loop1525
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %64, align 8
  br label %loop1532

then1528:                                         ; preds = %body1526
  %8605 = getelementptr i64, ptr %7195, i64 %8601
  %8606 = load i64, ptr %8605, align 8
  %8607 = getelementptr i64, ptr %7195, i64 %8603
  %8608 = load i64, ptr %8607, align 8
  %8609 = and i64 %8601, 4096
  %8610 = icmp eq i64 %8609, 0
  %8611 = icmp sgt i64 %8606, %8608
  %8612 = icmp slt i64 %8606, %8608
  %8613 = select i1 %8610, i1 %8611, i1 %8612
  br i1 %8613, label %then1530, label %endif1531

endif1529:                                        ; preds = %endif1531, %body1526
  %8614 = add i64 %8601, %341
  store i64 %8614, ptr %65, align 8
  br label %loop1525

then1530:                                         ; preds = %then1528
  %8615 = getelementptr i64, ptr %7195, i64 %8601
  store i64 %8608, ptr %8615, align 8
  %8616 = getelementptr i64, ptr %7195, i64 %8603
  store i64 %8606, ptr %8616, align 8
  br label %endif1531

endif1531:                                        ; preds = %then1530, %then1528
  br label %endif1529

loop1532:                                         ; preds = %endif1536, %done1527
  %8617 = load i64, ptr %64, align 8
  %8618 = icmp slt i64 %8617, 32768
  br i1 %8618, label %body1533, label %done1534

body1533:                                         ; preds = %loop1532
  %8619 = xor i64 %8617, 512
  %8620 = icmp sgt i64 %8619, %8617
  br i1 %8620, label %then1535, label %endif1536

done1534:                                         ; preds = %loop1532
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %63, align 8
  br label %loop1539

then1535:                                         ; preds = %body1533
  %8621 = getelementptr i64, ptr %7195, i64 %8617
  %8622 = load i64, ptr %8621, align 8
  %8623 = getelementptr i64, ptr %7195, i64 %8619
  %8624 = load i64, ptr %8623, align 8
  %8625 = and i64 %8617, 4096
  %8626 = icmp eq i64 %8625, 0
  %8627 = icmp sgt i64 %8622, %8624
  %8628 = icmp slt i64 %8622, %8624
  %8629 = select i1 %8626, i1 %8627, i1 %8628
  br i1 %8629, label %then1537, label %endif1538

endif1536:                                        ; preds = %endif1538, %body1533
  %8630 = add i64 %8617, %341
  store i64 %8630, ptr %64, align 8
  br label %loop1532

then1537:                                         ; preds = %then1535
  %8631 = getelementptr i64, ptr %7195, i64 %8617
  store i64 %8624, ptr %8631, align 8
  %8632 = getelementptr i64, ptr %7195, i64 %8619
  store i64 %8622, ptr %8632, align 8
  br label %endif1538

endif1538:                                        ; preds = %then1537, %then1535
  br label %endif1536

loop1539:                                         ; preds = %endif1543, %done1534
  %8633 = load i64, ptr %63, align 8
  %8634 = icmp slt i64 %8633, 32768
  br i1 %8634, label %body1540, label %done1541

body1540:                                         ; preds = %loop1539
  %8635 = xor i64 %8633, 256
  %8636 = icmp sgt i64 %8635, %8633
  br i1 %8636, label %then1542, label %endif1543

done1541:                                         ; preds = %loop1539
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %62, align 8
  br label %loop1546

then1542:                                         ; preds = %body1540
  %8637 = getelementptr i64, ptr %7195, i64 %8633
  %8638 = load i64, ptr %8637, align 8
  %8639 = getelementptr i64, ptr %7195, i64 %8635
  %8640 = load i64, ptr %8639, align 8
  %8641 = and i64 %8633, 4096
  %8642 = icmp eq i64 %8641, 0
  %8643 = icmp sgt i64 %8638, %8640
  %8644 = icmp slt i64 %8638, %8640
  %8645 = select i1 %8642, i1 %8643, i1 %8644
  br i1 %8645, label %then1544, label %endif1545

endif1543:                                        ; preds = %endif1545, %body1540
  %8646 = add i64 %8633, %341
  store i64 %8646, ptr %63, align 8
  br label %loop1539

then1544:                                         ; preds = %then1542
  %8647 = getelementptr i64, ptr %7195, i64 %8633
  store i64 %8640, ptr %8647, align 8
  %8648 = getelementptr i64, ptr %7195, i64 %8635
  store i64 %8638, ptr %8648, align 8
  br label %endif1545

endif1545:                                        ; preds = %then1544, %then1542
  br label %endif1543

loop1546:                                         ; preds = %endif1550, %done1541
  %8649 = load i64, ptr %62, align 8
  %8650 = icmp slt i64 %8649, 32768
  br i1 %8650, label %body1547, label %done1548

body1547:                                         ; preds = %loop1546
  %8651 = xor i64 %8649, 128
  %8652 = icmp sgt i64 %8651, %8649
  br i1 %8652, label %then1549, label %endif1550

done1548:                                         ; preds = %loop1546
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %61, align 8
  br label %loop1553

then1549:                                         ; preds = %body1547
  %8653 = getelementptr i64, ptr %7195, i64 %8649
  %8654 = load i64, ptr %8653, align 8
  %8655 = getelementptr i64, ptr %7195, i64 %8651
  %8656 = load i64, ptr %8655, align 8
  %8657 = and i64 %8649, 4096
  %8658 = icmp eq i64 %8657, 0
  %8659 = icmp sgt i64 %8654, %8656
  %8660 = icmp slt i64 %8654, %8656
  %8661 = select i1 %8658, i1 %8659, i1 %8660
  br i1 %8661, label %then1551, label %endif1552

endif1550:                                        ; preds = %endif1552, %body1547
  %8662 = add i64 %8649, %341
  store i64 %8662, ptr %62, align 8
  br label %loop1546

then1551:                                         ; preds = %then1549
  %8663 = getelementptr i64, ptr %7195, i64 %8649
  store i64 %8656, ptr %8663, align 8
  %8664 = getelementptr i64, ptr %7195, i64 %8651
  store i64 %8654, ptr %8664, align 8
  br label %endif1552

endif1552:                                        ; preds = %then1551, %then1549
  br label %endif1550

loop1553:                                         ; preds = %endif1557, %done1548
  %8665 = load i64, ptr %61, align 8
  %8666 = icmp slt i64 %8665, 32768
  br i1 %8666, label %body1554, label %done1555

body1554:                                         ; preds = %loop1553
  %8667 = xor i64 %8665, 64
  %8668 = icmp sgt i64 %8667, %8665
  br i1 %8668, label %then1556, label %endif1557

done1555:                                         ; preds = %loop1553
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %60, align 8
  br label %loop1560

then1556:                                         ; preds = %body1554
  %8669 = getelementptr i64, ptr %7195, i64 %8665
  %8670 = load i64, ptr %8669, align 8
  %8671 = getelementptr i64, ptr %7195, i64 %8667
  %8672 = load i64, ptr %8671, align 8
  %8673 = and i64 %8665, 4096
  %8674 = icmp eq i64 %8673, 0
  %8675 = icmp sgt i64 %8670, %8672
  %8676 = icmp slt i64 %8670, %8672
  %8677 = select i1 %8674, i1 %8675, i1 %8676
  br i1 %8677, label %then1558, label %endif1559

endif1557:                                        ; preds = %endif1559, %body1554
  %8678 = add i64 %8665, %341
  store i64 %8678, ptr %61, align 8
  br label %loop1553

then1558:                                         ; preds = %then1556
  %8679 = getelementptr i64, ptr %7195, i64 %8665
  store i64 %8672, ptr %8679, align 8
  %8680 = getelementptr i64, ptr %7195, i64 %8667
  store i64 %8670, ptr %8680, align 8
  br label %endif1559

endif1559:                                        ; preds = %then1558, %then1556
  br label %endif1557

loop1560:                                         ; preds = %endif1564, %done1555
  %8681 = load i64, ptr %60, align 8
  %8682 = icmp slt i64 %8681, 32768
  br i1 %8682, label %body1561, label %done1562

body1561:                                         ; preds = %loop1560
  %8683 = xor i64 %8681, 32
  %8684 = icmp sgt i64 %8683, %8681
  br i1 %8684, label %then1563, label %endif1564

done1562:                                         ; preds = %loop1560
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %59, align 8
  br label %loop1567

then1563:                                         ; preds = %body1561
  %8685 = getelementptr i64, ptr %7195, i64 %8681
  %8686 = load i64, ptr %8685, align 8
  %8687 = getelementptr i64, ptr %7195, i64 %8683
  %8688 = load i64, ptr %8687, align 8
  %8689 = and i64 %8681, 4096
  %8690 = icmp eq i64 %8689, 0
  %8691 = icmp sgt i64 %8686, %8688
  %8692 = icmp slt i64 %8686, %8688
  %8693 = select i1 %8690, i1 %8691, i1 %8692
  br i1 %8693, label %then1565, label %endif1566

endif1564:                                        ; preds = %endif1566, %body1561
  %8694 = add i64 %8681, %341
  store i64 %8694, ptr %60, align 8
  br label %loop1560

then1565:                                         ; preds = %then1563
  %8695 = getelementptr i64, ptr %7195, i64 %8681
  store i64 %8688, ptr %8695, align 8
  %8696 = getelementptr i64, ptr %7195, i64 %8683
  store i64 %8686, ptr %8696, align 8
  br label %endif1566

endif1566:                                        ; preds = %then1565, %then1563
  br label %endif1564

loop1567:                                         ; preds = %endif1571, %done1562
  %8697 = load i64, ptr %59, align 8
  %8698 = icmp slt i64 %8697, 32768
  br i1 %8698, label %body1568, label %done1569

body1568:                                         ; preds = %loop1567
  %8699 = xor i64 %8697, 16
  %8700 = icmp sgt i64 %8699, %8697
  br i1 %8700, label %then1570, label %endif1571

done1569:                                         ; preds = %loop1567
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %58, align 8
  br label %loop1574

then1570:                                         ; preds = %body1568
  %8701 = getelementptr i64, ptr %7195, i64 %8697
  %8702 = load i64, ptr %8701, align 8
  %8703 = getelementptr i64, ptr %7195, i64 %8699
  %8704 = load i64, ptr %8703, align 8
  %8705 = and i64 %8697, 4096
  %8706 = icmp eq i64 %8705, 0
  %8707 = icmp sgt i64 %8702, %8704
  %8708 = icmp slt i64 %8702, %8704
  %8709 = select i1 %8706, i1 %8707, i1 %8708
  br i1 %8709, label %then1572, label %endif1573

endif1571:                                        ; preds = %endif1573, %body1568
  %8710 = add i64 %8697, %341
  store i64 %8710, ptr %59, align 8
  br label %loop1567

then1572:                                         ; preds = %then1570
  %8711 = getelementptr i64, ptr %7195, i64 %8697
  store i64 %8704, ptr %8711, align 8
  %8712 = getelementptr i64, ptr %7195, i64 %8699
  store i64 %8702, ptr %8712, align 8
  br label %endif1573

endif1573:                                        ; preds = %then1572, %then1570
  br label %endif1571

loop1574:                                         ; preds = %endif1578, %done1569
  %8713 = load i64, ptr %58, align 8
  %8714 = icmp slt i64 %8713, 32768
  br i1 %8714, label %body1575, label %done1576

body1575:                                         ; preds = %loop1574
  %8715 = xor i64 %8713, 8
  %8716 = icmp sgt i64 %8715, %8713
  br i1 %8716, label %then1577, label %endif1578

done1576:                                         ; preds = %loop1574
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %57, align 8
  br label %loop1581

then1577:                                         ; preds = %body1575
  %8717 = getelementptr i64, ptr %7195, i64 %8713
  %8718 = load i64, ptr %8717, align 8
  %8719 = getelementptr i64, ptr %7195, i64 %8715
  %8720 = load i64, ptr %8719, align 8
  %8721 = and i64 %8713, 4096
  %8722 = icmp eq i64 %8721, 0
  %8723 = icmp sgt i64 %8718, %8720
  %8724 = icmp slt i64 %8718, %8720
  %8725 = select i1 %8722, i1 %8723, i1 %8724
  br i1 %8725, label %then1579, label %endif1580

endif1578:                                        ; preds = %endif1580, %body1575
  %8726 = add i64 %8713, %341
  store i64 %8726, ptr %58, align 8
  br label %loop1574

then1579:                                         ; preds = %then1577
  %8727 = getelementptr i64, ptr %7195, i64 %8713
  store i64 %8720, ptr %8727, align 8
  %8728 = getelementptr i64, ptr %7195, i64 %8715
  store i64 %8718, ptr %8728, align 8
  br label %endif1580

endif1580:                                        ; preds = %then1579, %then1577
  br label %endif1578

loop1581:                                         ; preds = %endif1585, %done1576
  %8729 = load i64, ptr %57, align 8
  %8730 = icmp slt i64 %8729, 32768
  br i1 %8730, label %body1582, label %done1583

body1582:                                         ; preds = %loop1581
  %8731 = xor i64 %8729, 4
  %8732 = icmp sgt i64 %8731, %8729
  br i1 %8732, label %then1584, label %endif1585

done1583:                                         ; preds = %loop1581
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %56, align 8
  br label %loop1588

then1584:                                         ; preds = %body1582
  %8733 = getelementptr i64, ptr %7195, i64 %8729
  %8734 = load i64, ptr %8733, align 8
  %8735 = getelementptr i64, ptr %7195, i64 %8731
  %8736 = load i64, ptr %8735, align 8
  %8737 = and i64 %8729, 4096
  %8738 = icmp eq i64 %8737, 0
  %8739 = icmp sgt i64 %8734, %8736
  %8740 = icmp slt i64 %8734, %8736
  %8741 = select i1 %8738, i1 %8739, i1 %8740
  br i1 %8741, label %then1586, label %endif1587

endif1585:                                        ; preds = %endif1587, %body1582
  %8742 = add i64 %8729, %341
  store i64 %8742, ptr %57, align 8
  br label %loop1581

then1586:                                         ; preds = %then1584
  %8743 = getelementptr i64, ptr %7195, i64 %8729
  store i64 %8736, ptr %8743, align 8
  %8744 = getelementptr i64, ptr %7195, i64 %8731
  store i64 %8734, ptr %8744, align 8
  br label %endif1587

endif1587:                                        ; preds = %then1586, %then1584
  br label %endif1585

loop1588:                                         ; preds = %endif1592, %done1583
  %8745 = load i64, ptr %56, align 8
  %8746 = icmp slt i64 %8745, 32768
  br i1 %8746, label %body1589, label %done1590

body1589:                                         ; preds = %loop1588
  %8747 = xor i64 %8745, 2
  %8748 = icmp sgt i64 %8747, %8745
  br i1 %8748, label %then1591, label %endif1592

done1590:                                         ; preds = %loop1588
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %55, align 8
  br label %loop1595

then1591:                                         ; preds = %body1589
  %8749 = getelementptr i64, ptr %7195, i64 %8745
  %8750 = load i64, ptr %8749, align 8
  %8751 = getelementptr i64, ptr %7195, i64 %8747
  %8752 = load i64, ptr %8751, align 8
  %8753 = and i64 %8745, 4096
  %8754 = icmp eq i64 %8753, 0
  %8755 = icmp sgt i64 %8750, %8752
  %8756 = icmp slt i64 %8750, %8752
  %8757 = select i1 %8754, i1 %8755, i1 %8756
  br i1 %8757, label %then1593, label %endif1594

endif1592:                                        ; preds = %endif1594, %body1589
  %8758 = add i64 %8745, %341
  store i64 %8758, ptr %56, align 8
  br label %loop1588

then1593:                                         ; preds = %then1591
  %8759 = getelementptr i64, ptr %7195, i64 %8745
  store i64 %8752, ptr %8759, align 8
  %8760 = getelementptr i64, ptr %7195, i64 %8747
  store i64 %8750, ptr %8760, align 8
  br label %endif1594

endif1594:                                        ; preds = %then1593, %then1591
  br label %endif1592

loop1595:                                         ; preds = %endif1599, %done1590
  %8761 = load i64, ptr %55, align 8
  %8762 = icmp slt i64 %8761, 32768
  br i1 %8762, label %body1596, label %done1597

body1596:                                         ; preds = %loop1595
  %8763 = xor i64 %8761, 1
  %8764 = icmp sgt i64 %8763, %8761
  br i1 %8764, label %then1598, label %endif1599

done1597:                                         ; preds = %loop1595
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %54, align 8
  br label %loop1602

then1598:                                         ; preds = %body1596
  %8765 = getelementptr i64, ptr %7195, i64 %8761
  %8766 = load i64, ptr %8765, align 8
  %8767 = getelementptr i64, ptr %7195, i64 %8763
  %8768 = load i64, ptr %8767, align 8
  %8769 = and i64 %8761, 4096
  %8770 = icmp eq i64 %8769, 0
  %8771 = icmp sgt i64 %8766, %8768
  %8772 = icmp slt i64 %8766, %8768
  %8773 = select i1 %8770, i1 %8771, i1 %8772
  br i1 %8773, label %then1600, label %endif1601

endif1599:                                        ; preds = %endif1601, %body1596
  %8774 = add i64 %8761, %341
  store i64 %8774, ptr %55, align 8
  br label %loop1595

then1600:                                         ; preds = %then1598
  %8775 = getelementptr i64, ptr %7195, i64 %8761
  store i64 %8768, ptr %8775, align 8
  %8776 = getelementptr i64, ptr %7195, i64 %8763
  store i64 %8766, ptr %8776, align 8
  br label %endif1601

endif1601:                                        ; preds = %then1600, %then1598
  br label %endif1599

loop1602:                                         ; preds = %endif1606, %done1597
  %8777 = load i64, ptr %54, align 8
  %8778 = icmp slt i64 %8777, 32768
  br i1 %8778, label %body1603, label %done1604

body1603:                                         ; preds = %loop1602
  %8779 = xor i64 %8777, 4096
  %8780 = icmp sgt i64 %8779, %8777
  br i1 %8780, label %then1605, label %endif1606

done1604:                                         ; preds = %loop1602
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %53, align 8
  br label %loop1609

then1605:                                         ; preds = %body1603
  %8781 = getelementptr i64, ptr %7195, i64 %8777
  %8782 = load i64, ptr %8781, align 8
  %8783 = getelementptr i64, ptr %7195, i64 %8779
  %8784 = load i64, ptr %8783, align 8
  %8785 = and i64 %8777, 8192
  %8786 = icmp eq i64 %8785, 0
  %8787 = icmp sgt i64 %8782, %8784
  %8788 = icmp slt i64 %8782, %8784
  %8789 = select i1 %8786, i1 %8787, i1 %8788
  br i1 %8789, label %then1607, label %endif1608

endif1606:                                        ; preds = %endif1608, %body1603
  %8790 = add i64 %8777, %341
  store i64 %8790, ptr %54, align 8
  br label %loop1602

then1607:                                         ; preds = %then1605
  %8791 = getelementptr i64, ptr %7195, i64 %8777
  store i64 %8784, ptr %8791, align 8
  %8792 = getelementptr i64, ptr %7195, i64 %8779
  store i64 %8782, ptr %8792, align 8
  br label %endif1608

endif1608:                                        ; preds = %then1607, %then1605
  br label %endif1606

loop1609:                                         ; preds = %endif1613, %done1604
  %8793 = load i64, ptr %53, align 8
  %8794 = icmp slt i64 %8793, 32768
  br i1 %8794, label %body1610, label %done1611

body1610:                                         ; preds = %loop1609
  %8795 = xor i64 %8793, 2048
  %8796 = icmp sgt i64 %8795, %8793
  br i1 %8796, label %then1612, label %endif1613

done1611:                                         ; preds = %loop1609
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %52, align 8
  br label %loop1616

then1612:                                         ; preds = %body1610
  %8797 = getelementptr i64, ptr %7195, i64 %8793
  %8798 = load i64, ptr %8797, align 8
  %8799 = getelementptr i64, ptr %7195, i64 %8795
  %8800 = load i64, ptr %8799, align 8
  %8801 = and i64 %8793, 8192
  %8802 = icmp eq i64 %8801, 0
  %8803 = icmp sgt i64 %8798, %8800
  %8804 = icmp slt i64 %8798, %8800
  %8805 = select i1 %8802, i1 %8803, i1 %8804
  br i1 %8805, label %then1614, label %endif1615

endif1613:                                        ; preds = %endif1615, %body1610
  %8806 = add i64 %8793, %341
  store i64 %8806, ptr %53, align 8
  br label %loop1609

then1614:                                         ; preds = %then1612
  %8807 = getelementptr i64, ptr %7195, i64 %8793
  store i64 %8800, ptr %8807, align 8
  %8808 = getelementptr i64, ptr %7195, i64 %8795
  store i64 %8798, ptr %8808, align 8
  br label %endif1615

endif1615:                                        ; preds = %then1614, %then1612
  br label %endif1613

loop1616:                                         ; preds = %endif1620, %done1611
  %8809 = load i64, ptr %52, align 8
  %8810 = icmp slt i64 %8809, 32768
  br i1 %8810, label %body1617, label %done1618

body1617:                                         ; preds = %loop1616
  %8811 = xor i64 %8809, 1024
  %8812 = icmp sgt i64 %8811, %8809
  br i1 %8812, label %then1619, label %endif1620

done1618:                                         ; preds = %loop1616
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %51, align 8
  br label %loop1623

then1619:                                         ; preds = %body1617
  %8813 = getelementptr i64, ptr %7195, i64 %8809
  %8814 = load i64, ptr %8813, align 8
  %8815 = getelementptr i64, ptr %7195, i64 %8811
  %8816 = load i64, ptr %8815, align 8
  %8817 = and i64 %8809, 8192
  %8818 = icmp eq i64 %8817, 0
  %8819 = icmp sgt i64 %8814, %8816
  %8820 = icmp slt i64 %8814, %8816
  %8821 = select i1 %8818, i1 %8819, i1 %8820
  br i1 %8821, label %then1621, label %endif1622

endif1620:                                        ; preds = %endif1622, %body1617
  %8822 = add i64 %8809, %341
  store i64 %8822, ptr %52, align 8
  br label %loop1616

then1621:                                         ; preds = %then1619
  %8823 = getelementptr i64, ptr %7195, i64 %8809
  store i64 %8816, ptr %8823, align 8
  %8824 = getelementptr i64, ptr %7195, i64 %8811
  store i64 %8814, ptr %8824, align 8
  br label %endif1622

endif1622:                                        ; preds = %then1621, %then1619
  br label %endif1620

loop1623:                                         ; preds = %endif1627, %done1618
  %8825 = load i64, ptr %51, align 8
  %8826 = icmp slt i64 %8825, 32768
  br i1 %8826, label %body1624, label %done1625

body1624:                                         ; preds = %loop1623
  %8827 = xor i64 %8825, 512
  %8828 = icmp sgt i64 %8827, %8825
  br i1 %8828, label %then1626, label %endif1627

done1625:                                         ; preds = %loop1623
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %50, align 8
  br label %loop1630

then1626:                                         ; preds = %body1624
  %8829 = getelementptr i64, ptr %7195, i64 %8825
  %8830 = load i64, ptr %8829, align 8
  %8831 = getelementptr i64, ptr %7195, i64 %8827
  %8832 = load i64, ptr %8831, align 8
  %8833 = and i64 %8825, 8192
  %8834 = icmp eq i64 %8833, 0
  %8835 = icmp sgt i64 %8830, %8832
  %8836 = icmp slt i64 %8830, %8832
  %8837 = select i1 %8834, i1 %8835, i1 %8836
  br i1 %8837, label %then1628, label %endif1629

endif1627:                                        ; preds = %endif1629, %body1624
  %8838 = add i64 %8825, %341
  store i64 %8838, ptr %51, align 8
  br label %loop1623

then1628:                                         ; preds = %then1626
  %8839 = getelementptr i64, ptr %7195, i64 %8825
  store i64 %8832, ptr %8839, align 8
  %8840 = getelementptr i64, ptr %7195, i64 %8827
  store i64 %8830, ptr %8840, align 8
  br label %endif1629

endif1629:                                        ; preds = %then1628, %then1626
  br label %endif1627

loop1630:                                         ; preds = %endif1634, %done1625
  %8841 = load i64, ptr %50, align 8
  %8842 = icmp slt i64 %8841, 32768
  br i1 %8842, label %body1631, label %done1632

body1631:                                         ; preds = %loop1630
  %8843 = xor i64 %8841, 256
  %8844 = icmp sgt i64 %8843, %8841
  br i1 %8844, label %then1633, label %endif1634

done1632:                                         ; preds = %loop1630
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %49, align 8
  br label %loop1637

then1633:                                         ; preds = %body1631
  %8845 = getelementptr i64, ptr %7195, i64 %8841
  %8846 = load i64, ptr %8845, align 8
  %8847 = getelementptr i64, ptr %7195, i64 %8843
  %8848 = load i64, ptr %8847, align 8
  %8849 = and i64 %8841, 8192
  %8850 = icmp eq i64 %8849, 0
  %8851 = icmp sgt i64 %8846, %8848
  %8852 = icmp slt i64 %8846, %8848
  %8853 = select i1 %8850, i1 %8851, i1 %8852
  br i1 %8853, label %then1635, label %endif1636

endif1634:                                        ; preds = %endif1636, %body1631
  %8854 = add i64 %8841, %341
  store i64 %8854, ptr %50, align 8
  br label %loop1630

then1635:                                         ; preds = %then1633
  %8855 = getelementptr i64, ptr %7195, i64 %8841
  store i64 %8848, ptr %8855, align 8
  %8856 = getelementptr i64, ptr %7195, i64 %8843
  store i64 %8846, ptr %8856, align 8
  br label %endif1636

endif1636:                                        ; preds = %then1635, %then1633
  br label %endif1634

loop1637:                                         ; preds = %endif1641, %done1632
  %8857 = load i64, ptr %49, align 8
  %8858 = icmp slt i64 %8857, 32768
  br i1 %8858, label %body1638, label %done1639

body1638:                                         ; preds = %loop1637
  %8859 = xor i64 %8857, 128
  %8860 = icmp sgt i64 %8859, %8857
  br i1 %8860, label %then1640, label %endif1641

done1639:                                         ; preds = %loop1637
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %48, align 8
  br label %loop1644

then1640:                                         ; preds = %body1638
  %8861 = getelementptr i64, ptr %7195, i64 %8857
  %8862 = load i64, ptr %8861, align 8
  %8863 = getelementptr i64, ptr %7195, i64 %8859
  %8864 = load i64, ptr %8863, align 8
  %8865 = and i64 %8857, 8192
  %8866 = icmp eq i64 %8865, 0
  %8867 = icmp sgt i64 %8862, %8864
  %8868 = icmp slt i64 %8862, %8864
  %8869 = select i1 %8866, i1 %8867, i1 %8868
  br i1 %8869, label %then1642, label %endif1643

endif1641:                                        ; preds = %endif1643, %body1638
  %8870 = add i64 %8857, %341
  store i64 %8870, ptr %49, align 8
  br label %loop1637

then1642:                                         ; preds = %then1640
  %8871 = getelementptr i64, ptr %7195, i64 %8857
  store i64 %8864, ptr %8871, align 8
  %8872 = getelementptr i64, ptr %7195, i64 %8859
  store i64 %8862, ptr %8872, align 8
  br label %endif1643

endif1643:                                        ; preds = %then1642, %then1640
  br label %endif1641

loop1644:                                         ; preds = %endif1648, %done1639
  %8873 = load i64, ptr %48, align 8
  %8874 = icmp slt i64 %8873, 32768
  br i1 %8874, label %body1645, label %done1646

body1645:                                         ; preds = %loop1644
  %8875 = xor i64 %8873, 64
  %8876 = icmp sgt i64 %8875, %8873
  br i1 %8876, label %then1647, label %endif1648

done1646:                                         ; preds = %loop1644
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %47, align 8
  br label %loop1651

then1647:                                         ; preds = %body1645
  %8877 = getelementptr i64, ptr %7195, i64 %8873
  %8878 = load i64, ptr %8877, align 8
  %8879 = getelementptr i64, ptr %7195, i64 %8875
  %8880 = load i64, ptr %8879, align 8
  %8881 = and i64 %8873, 8192
  %8882 = icmp eq i64 %8881, 0
  %8883 = icmp sgt i64 %8878, %8880
  %8884 = icmp slt i64 %8878, %8880
  %8885 = select i1 %8882, i1 %8883, i1 %8884
  br i1 %8885, label %then1649, label %endif1650

endif1648:                                        ; preds = %endif1650, %body1645
  %8886 = add i64 %8873, %341
  store i64 %8886, ptr %48, align 8
  br label %loop1644

then1649:                                         ; preds = %then1647
  %8887 = getelementptr i64, ptr %7195, i64 %8873
  store i64 %8880, ptr %8887, align 8
  %8888 = getelementptr i64, ptr %7195, i64 %8875
  store i64 %8878, ptr %8888, align 8
  br label %endif1650

endif1650:                                        ; preds = %then1649, %then1647
  br label %endif1648

loop1651:                                         ; preds = %endif1655, %done1646
  %8889 = load i64, ptr %47, align 8
  %8890 = icmp slt i64 %8889, 32768
  br i1 %8890, label %body1652, label %done1653

body1652:                                         ; preds = %loop1651
  %8891 = xor i64 %8889, 32
  %8892 = icmp sgt i64 %8891, %8889
  br i1 %8892, label %then1654, label %endif1655

done1653:                                         ; preds = %loop1651
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %46, align 8
  br label %loop1658

then1654:                                         ; preds = %body1652
  %8893 = getelementptr i64, ptr %7195, i64 %8889
  %8894 = load i64, ptr %8893, align 8
  %8895 = getelementptr i64, ptr %7195, i64 %8891
  %8896 = load i64, ptr %8895, align 8
  %8897 = and i64 %8889, 8192
  %8898 = icmp eq i64 %8897, 0
  %8899 = icmp sgt i64 %8894, %8896
  %8900 = icmp slt i64 %8894, %8896
  %8901 = select i1 %8898, i1 %8899, i1 %8900
  br i1 %8901, label %then1656, label %endif1657

endif1655:                                        ; preds = %endif1657, %body1652
  %8902 = add i64 %8889, %341
  store i64 %8902, ptr %47, align 8
  br label %loop1651

then1656:                                         ; preds = %then1654
  %8903 = getelementptr i64, ptr %7195, i64 %8889
  store i64 %8896, ptr %8903, align 8
  %8904 = getelementptr i64, ptr %7195, i64 %8891
  store i64 %8894, ptr %8904, align 8
  br label %endif1657

endif1657:                                        ; preds = %then1656, %then1654
  br label %endif1655

loop1658:                                         ; preds = %endif1662, %done1653
  %8905 = load i64, ptr %46, align 8
  %8906 = icmp slt i64 %8905, 32768
  br i1 %8906, label %body1659, label %done1660

body1659:                                         ; preds = %loop1658
  %8907 = xor i64 %8905, 16
  %8908 = icmp sgt i64 %8907, %8905
  br i1 %8908, label %then1661, label %endif1662

done1660:                                         ; preds = %loop1658
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %45, align 8
  br label %loop1665

then1661:                                         ; preds = %body1659
  %8909 = getelementptr i64, ptr %7195, i64 %8905
  %8910 = load i64, ptr %8909, align 8
  %8911 = getelementptr i64, ptr %7195, i64 %8907
  %8912 = load i64, ptr %8911, align 8
  %8913 = and i64 %8905, 8192
  %8914 = icmp eq i64 %8913, 0
  %8915 = icmp sgt i64 %8910, %8912
  %8916 = icmp slt i64 %8910, %8912
  %8917 = select i1 %8914, i1 %8915, i1 %8916
  br i1 %8917, label %then1663, label %endif1664

endif1662:                                        ; preds = %endif1664, %body1659
  %8918 = add i64 %8905, %341
  store i64 %8918, ptr %46, align 8
  br label %loop1658

then1663:                                         ; preds = %then1661
  %8919 = getelementptr i64, ptr %7195, i64 %8905
  store i64 %8912, ptr %8919, align 8
  %8920 = getelementptr i64, ptr %7195, i64 %8907
  store i64 %8910, ptr %8920, align 8
  br label %endif1664

endif1664:                                        ; preds = %then1663, %then1661
  br label %endif1662

loop1665:                                         ; preds = %endif1669, %done1660
  %8921 = load i64, ptr %45, align 8
  %8922 = icmp slt i64 %8921, 32768
  br i1 %8922, label %body1666, label %done1667

body1666:                                         ; preds = %loop1665
  %8923 = xor i64 %8921, 8
  %8924 = icmp sgt i64 %8923, %8921
  br i1 %8924, label %then1668, label %endif1669

done1667:                                         ; preds = %loop1665
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %44, align 8
  br label %loop1672

then1668:                                         ; preds = %body1666
  %8925 = getelementptr i64, ptr %7195, i64 %8921
  %8926 = load i64, ptr %8925, align 8
  %8927 = getelementptr i64, ptr %7195, i64 %8923
  %8928 = load i64, ptr %8927, align 8
  %8929 = and i64 %8921, 8192
  %8930 = icmp eq i64 %8929, 0
  %8931 = icmp sgt i64 %8926, %8928
  %8932 = icmp slt i64 %8926, %8928
  %8933 = select i1 %8930, i1 %8931, i1 %8932
  br i1 %8933, label %then1670, label %endif1671

endif1669:                                        ; preds = %endif1671, %body1666
  %8934 = add i64 %8921, %341
  store i64 %8934, ptr %45, align 8
  br label %loop1665

then1670:                                         ; preds = %then1668
  %8935 = getelementptr i64, ptr %7195, i64 %8921
  store i64 %8928, ptr %8935, align 8
  %8936 = getelementptr i64, ptr %7195, i64 %8923
  store i64 %8926, ptr %8936, align 8
  br label %endif1671

endif1671:                                        ; preds = %then1670, %then1668
  br label %endif1669

loop1672:                                         ; preds = %endif1676, %done1667
  %8937 = load i64, ptr %44, align 8
  %8938 = icmp slt i64 %8937, 32768
  br i1 %8938, label %body1673, label %done1674

body1673:                                         ; preds = %loop1672
  %8939 = xor i64 %8937, 4
  %8940 = icmp sgt i64 %8939, %8937
  br i1 %8940, label %then1675, label %endif1676

done1674:                                         ; preds = %loop1672
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %43, align 8
  br label %loop1679

then1675:                                         ; preds = %body1673
  %8941 = getelementptr i64, ptr %7195, i64 %8937
  %8942 = load i64, ptr %8941, align 8
  %8943 = getelementptr i64, ptr %7195, i64 %8939
  %8944 = load i64, ptr %8943, align 8
  %8945 = and i64 %8937, 8192
  %8946 = icmp eq i64 %8945, 0
  %8947 = icmp sgt i64 %8942, %8944
  %8948 = icmp slt i64 %8942, %8944
  %8949 = select i1 %8946, i1 %8947, i1 %8948
  br i1 %8949, label %then1677, label %endif1678

endif1676:                                        ; preds = %endif1678, %body1673
  %8950 = add i64 %8937, %341
  store i64 %8950, ptr %44, align 8
  br label %loop1672

then1677:                                         ; preds = %then1675
  %8951 = getelementptr i64, ptr %7195, i64 %8937
  store i64 %8944, ptr %8951, align 8
  %8952 = getelementptr i64, ptr %7195, i64 %8939
  store i64 %8942, ptr %8952, align 8
  br label %endif1678

endif1678:                                        ; preds = %then1677, %then1675
  br label %endif1676

loop1679:                                         ; preds = %endif1683, %done1674
  %8953 = load i64, ptr %43, align 8
  %8954 = icmp slt i64 %8953, 32768
  br i1 %8954, label %body1680, label %done1681

body1680:                                         ; preds = %loop1679
  %8955 = xor i64 %8953, 2
  %8956 = icmp sgt i64 %8955, %8953
  br i1 %8956, label %then1682, label %endif1683

done1681:                                         ; preds = %loop1679
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %42, align 8
  br label %loop1686

then1682:                                         ; preds = %body1680
  %8957 = getelementptr i64, ptr %7195, i64 %8953
  %8958 = load i64, ptr %8957, align 8
  %8959 = getelementptr i64, ptr %7195, i64 %8955
  %8960 = load i64, ptr %8959, align 8
  %8961 = and i64 %8953, 8192
  %8962 = icmp eq i64 %8961, 0
  %8963 = icmp sgt i64 %8958, %8960
  %8964 = icmp slt i64 %8958, %8960
  %8965 = select i1 %8962, i1 %8963, i1 %8964
  br i1 %8965, label %then1684, label %endif1685

endif1683:                                        ; preds = %endif1685, %body1680
  %8966 = add i64 %8953, %341
  store i64 %8966, ptr %43, align 8
  br label %loop1679

then1684:                                         ; preds = %then1682
  %8967 = getelementptr i64, ptr %7195, i64 %8953
  store i64 %8960, ptr %8967, align 8
  %8968 = getelementptr i64, ptr %7195, i64 %8955
  store i64 %8958, ptr %8968, align 8
  br label %endif1685

endif1685:                                        ; preds = %then1684, %then1682
  br label %endif1683

loop1686:                                         ; preds = %endif1690, %done1681
  %8969 = load i64, ptr %42, align 8
  %8970 = icmp slt i64 %8969, 32768
  br i1 %8970, label %body1687, label %done1688

body1687:                                         ; preds = %loop1686
  %8971 = xor i64 %8969, 1
  %8972 = icmp sgt i64 %8971, %8969
  br i1 %8972, label %then1689, label %endif1690

done1688:                                         ; preds = %loop1686
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %41, align 8
  br label %loop1693

then1689:                                         ; preds = %body1687
  %8973 = getelementptr i64, ptr %7195, i64 %8969
  %8974 = load i64, ptr %8973, align 8
  %8975 = getelementptr i64, ptr %7195, i64 %8971
  %8976 = load i64, ptr %8975, align 8
  %8977 = and i64 %8969, 8192
  %8978 = icmp eq i64 %8977, 0
  %8979 = icmp sgt i64 %8974, %8976
  %8980 = icmp slt i64 %8974, %8976
  %8981 = select i1 %8978, i1 %8979, i1 %8980
  br i1 %8981, label %then1691, label %endif1692

endif1690:                                        ; preds = %endif1692, %body1687
  %8982 = add i64 %8969, %341
  store i64 %8982, ptr %42, align 8
  br label %loop1686

then1691:                                         ; preds = %then1689
  %8983 = getelementptr i64, ptr %7195, i64 %8969
  store i64 %8976, ptr %8983, align 8
  %8984 = getelementptr i64, ptr %7195, i64 %8971
  store i64 %8974, ptr %8984, align 8
  br label %endif1692

endif1692:                                        ; preds = %then1691, %then1689
  br label %endif1690

loop1693:                                         ; preds = %endif1697, %done1688
  %8985 = load i64, ptr %41, align 8
  %8986 = icmp slt i64 %8985, 32768
  br i1 %8986, label %body1694, label %done1695

body1694:                                         ; preds = %loop1693
  %8987 = xor i64 %8985, 8192
  %8988 = icmp sgt i64 %8987, %8985
  br i1 %8988, label %then1696, label %endif1697

done1695:                                         ; preds = %loop1693
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %40, align 8
  br label %loop1700

then1696:                                         ; preds = %body1694
  %8989 = getelementptr i64, ptr %7195, i64 %8985
  %8990 = load i64, ptr %8989, align 8
  %8991 = getelementptr i64, ptr %7195, i64 %8987
  %8992 = load i64, ptr %8991, align 8
  %8993 = and i64 %8985, 16384
  %8994 = icmp eq i64 %8993, 0
  %8995 = icmp sgt i64 %8990, %8992
  %8996 = icmp slt i64 %8990, %8992
  %8997 = select i1 %8994, i1 %8995, i1 %8996
  br i1 %8997, label %then1698, label %endif1699

endif1697:                                        ; preds = %endif1699, %body1694
  %8998 = add i64 %8985, %341
  store i64 %8998, ptr %41, align 8
  br label %loop1693

then1698:                                         ; preds = %then1696
  %8999 = getelementptr i64, ptr %7195, i64 %8985
  store i64 %8992, ptr %8999, align 8
  %9000 = getelementptr i64, ptr %7195, i64 %8987
  store i64 %8990, ptr %9000, align 8
  br label %endif1699

endif1699:                                        ; preds = %then1698, %then1696
  br label %endif1697

loop1700:                                         ; preds = %endif1704, %done1695
  %9001 = load i64, ptr %40, align 8
  %9002 = icmp slt i64 %9001, 32768
  br i1 %9002, label %body1701, label %done1702

body1701:                                         ; preds = %loop1700
  %9003 = xor i64 %9001, 4096
  %9004 = icmp sgt i64 %9003, %9001
  br i1 %9004, label %then1703, label %endif1704

done1702:                                         ; preds = %loop1700
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %39, align 8
  br label %loop1707

then1703:                                         ; preds = %body1701
  %9005 = getelementptr i64, ptr %7195, i64 %9001
  %9006 = load i64, ptr %9005, align 8
  %9007 = getelementptr i64, ptr %7195, i64 %9003
  %9008 = load i64, ptr %9007, align 8
  %9009 = and i64 %9001, 16384
  %9010 = icmp eq i64 %9009, 0
  %9011 = icmp sgt i64 %9006, %9008
  %9012 = icmp slt i64 %9006, %9008
  %9013 = select i1 %9010, i1 %9011, i1 %9012
  br i1 %9013, label %then1705, label %endif1706

endif1704:                                        ; preds = %endif1706, %body1701
  %9014 = add i64 %9001, %341
  store i64 %9014, ptr %40, align 8
  br label %loop1700

then1705:                                         ; preds = %then1703
  %9015 = getelementptr i64, ptr %7195, i64 %9001
  store i64 %9008, ptr %9015, align 8
  %9016 = getelementptr i64, ptr %7195, i64 %9003
  store i64 %9006, ptr %9016, align 8
  br label %endif1706

endif1706:                                        ; preds = %then1705, %then1703
  br label %endif1704

loop1707:                                         ; preds = %endif1711, %done1702
  %9017 = load i64, ptr %39, align 8
  %9018 = icmp slt i64 %9017, 32768
  br i1 %9018, label %body1708, label %done1709

body1708:                                         ; preds = %loop1707
  %9019 = xor i64 %9017, 2048
  %9020 = icmp sgt i64 %9019, %9017
  br i1 %9020, label %then1710, label %endif1711

done1709:                                         ; preds = %loop1707
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %38, align 8
  br label %loop1714

then1710:                                         ; preds = %body1708
  %9021 = getelementptr i64, ptr %7195, i64 %9017
  %9022 = load i64, ptr %9021, align 8
  %9023 = getelementptr i64, ptr %7195, i64 %9019
  %9024 = load i64, ptr %9023, align 8
  %9025 = and i64 %9017, 16384
  %9026 = icmp eq i64 %9025, 0
  %9027 = icmp sgt i64 %9022, %9024
  %9028 = icmp slt i64 %9022, %9024
  %9029 = select i1 %9026, i1 %9027, i1 %9028
  br i1 %9029, label %then1712, label %endif1713

endif1711:                                        ; preds = %endif1713, %body1708
  %9030 = add i64 %9017, %341
  store i64 %9030, ptr %39, align 8
  br label %loop1707

then1712:                                         ; preds = %then1710
  %9031 = getelementptr i64, ptr %7195, i64 %9017
  store i64 %9024, ptr %9031, align 8
  %9032 = getelementptr i64, ptr %7195, i64 %9019
  store i64 %9022, ptr %9032, align 8
  br label %endif1713

endif1713:                                        ; preds = %then1712, %then1710
  br label %endif1711

loop1714:                                         ; preds = %endif1718, %done1709
  %9033 = load i64, ptr %38, align 8
  %9034 = icmp slt i64 %9033, 32768
  br i1 %9034, label %body1715, label %done1716

body1715:                                         ; preds = %loop1714
  %9035 = xor i64 %9033, 1024
  %9036 = icmp sgt i64 %9035, %9033
  br i1 %9036, label %then1717, label %endif1718

done1716:                                         ; preds = %loop1714
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %37, align 8
  br label %loop1721

then1717:                                         ; preds = %body1715
  %9037 = getelementptr i64, ptr %7195, i64 %9033
  %9038 = load i64, ptr %9037, align 8
  %9039 = getelementptr i64, ptr %7195, i64 %9035
  %9040 = load i64, ptr %9039, align 8
  %9041 = and i64 %9033, 16384
  %9042 = icmp eq i64 %9041, 0
  %9043 = icmp sgt i64 %9038, %9040
  %9044 = icmp slt i64 %9038, %9040
  %9045 = select i1 %9042, i1 %9043, i1 %9044
  br i1 %9045, label %then1719, label %endif1720

endif1718:                                        ; preds = %endif1720, %body1715
  %9046 = add i64 %9033, %341
  store i64 %9046, ptr %38, align 8
  br label %loop1714

then1719:                                         ; preds = %then1717
  %9047 = getelementptr i64, ptr %7195, i64 %9033
  store i64 %9040, ptr %9047, align 8
  %9048 = getelementptr i64, ptr %7195, i64 %9035
  store i64 %9038, ptr %9048, align 8
  br label %endif1720

endif1720:                                        ; preds = %then1719, %then1717
  br label %endif1718

loop1721:                                         ; preds = %endif1725, %done1716
  %9049 = load i64, ptr %37, align 8
  %9050 = icmp slt i64 %9049, 32768
  br i1 %9050, label %body1722, label %done1723

body1722:                                         ; preds = %loop1721
  %9051 = xor i64 %9049, 512
  %9052 = icmp sgt i64 %9051, %9049
  br i1 %9052, label %then1724, label %endif1725

done1723:                                         ; preds = %loop1721
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %36, align 8
  br label %loop1728

then1724:                                         ; preds = %body1722
  %9053 = getelementptr i64, ptr %7195, i64 %9049
  %9054 = load i64, ptr %9053, align 8
  %9055 = getelementptr i64, ptr %7195, i64 %9051
  %9056 = load i64, ptr %9055, align 8
  %9057 = and i64 %9049, 16384
  %9058 = icmp eq i64 %9057, 0
  %9059 = icmp sgt i64 %9054, %9056
  %9060 = icmp slt i64 %9054, %9056
  %9061 = select i1 %9058, i1 %9059, i1 %9060
  br i1 %9061, label %then1726, label %endif1727

endif1725:                                        ; preds = %endif1727, %body1722
  %9062 = add i64 %9049, %341
  store i64 %9062, ptr %37, align 8
  br label %loop1721

then1726:                                         ; preds = %then1724
  %9063 = getelementptr i64, ptr %7195, i64 %9049
  store i64 %9056, ptr %9063, align 8
  %9064 = getelementptr i64, ptr %7195, i64 %9051
  store i64 %9054, ptr %9064, align 8
  br label %endif1727

endif1727:                                        ; preds = %then1726, %then1724
  br label %endif1725

loop1728:                                         ; preds = %endif1732, %done1723
  %9065 = load i64, ptr %36, align 8
  %9066 = icmp slt i64 %9065, 32768
  br i1 %9066, label %body1729, label %done1730

body1729:                                         ; preds = %loop1728
  %9067 = xor i64 %9065, 256
  %9068 = icmp sgt i64 %9067, %9065
  br i1 %9068, label %then1731, label %endif1732

done1730:                                         ; preds = %loop1728
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %35, align 8
  br label %loop1735

then1731:                                         ; preds = %body1729
  %9069 = getelementptr i64, ptr %7195, i64 %9065
  %9070 = load i64, ptr %9069, align 8
  %9071 = getelementptr i64, ptr %7195, i64 %9067
  %9072 = load i64, ptr %9071, align 8
  %9073 = and i64 %9065, 16384
  %9074 = icmp eq i64 %9073, 0
  %9075 = icmp sgt i64 %9070, %9072
  %9076 = icmp slt i64 %9070, %9072
  %9077 = select i1 %9074, i1 %9075, i1 %9076
  br i1 %9077, label %then1733, label %endif1734

endif1732:                                        ; preds = %endif1734, %body1729
  %9078 = add i64 %9065, %341
  store i64 %9078, ptr %36, align 8
  br label %loop1728

then1733:                                         ; preds = %then1731
  %9079 = getelementptr i64, ptr %7195, i64 %9065
  store i64 %9072, ptr %9079, align 8
  %9080 = getelementptr i64, ptr %7195, i64 %9067
  store i64 %9070, ptr %9080, align 8
  br label %endif1734

endif1734:                                        ; preds = %then1733, %then1731
  br label %endif1732

loop1735:                                         ; preds = %endif1739, %done1730
  %9081 = load i64, ptr %35, align 8
  %9082 = icmp slt i64 %9081, 32768
  br i1 %9082, label %body1736, label %done1737

body1736:                                         ; preds = %loop1735
  %9083 = xor i64 %9081, 128
  %9084 = icmp sgt i64 %9083, %9081
  br i1 %9084, label %then1738, label %endif1739

done1737:                                         ; preds = %loop1735
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %34, align 8
  br label %loop1742

then1738:                                         ; preds = %body1736
  %9085 = getelementptr i64, ptr %7195, i64 %9081
  %9086 = load i64, ptr %9085, align 8
  %9087 = getelementptr i64, ptr %7195, i64 %9083
  %9088 = load i64, ptr %9087, align 8
  %9089 = and i64 %9081, 16384
  %9090 = icmp eq i64 %9089, 0
  %9091 = icmp sgt i64 %9086, %9088
  %9092 = icmp slt i64 %9086, %9088
  %9093 = select i1 %9090, i1 %9091, i1 %9092
  br i1 %9093, label %then1740, label %endif1741

endif1739:                                        ; preds = %endif1741, %body1736
  %9094 = add i64 %9081, %341
  store i64 %9094, ptr %35, align 8
  br label %loop1735

then1740:                                         ; preds = %then1738
  %9095 = getelementptr i64, ptr %7195, i64 %9081
  store i64 %9088, ptr %9095, align 8
  %9096 = getelementptr i64, ptr %7195, i64 %9083
  store i64 %9086, ptr %9096, align 8
  br label %endif1741

endif1741:                                        ; preds = %then1740, %then1738
  br label %endif1739

loop1742:                                         ; preds = %endif1746, %done1737
  %9097 = load i64, ptr %34, align 8
  %9098 = icmp slt i64 %9097, 32768
  br i1 %9098, label %body1743, label %done1744

body1743:                                         ; preds = %loop1742
  %9099 = xor i64 %9097, 64
  %9100 = icmp sgt i64 %9099, %9097
  br i1 %9100, label %then1745, label %endif1746

done1744:                                         ; preds = %loop1742
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %33, align 8
  br label %loop1749

then1745:                                         ; preds = %body1743
  %9101 = getelementptr i64, ptr %7195, i64 %9097
  %9102 = load i64, ptr %9101, align 8
  %9103 = getelementptr i64, ptr %7195, i64 %9099
  %9104 = load i64, ptr %9103, align 8
  %9105 = and i64 %9097, 16384
  %9106 = icmp eq i64 %9105, 0
  %9107 = icmp sgt i64 %9102, %9104
  %9108 = icmp slt i64 %9102, %9104
  %9109 = select i1 %9106, i1 %9107, i1 %9108
  br i1 %9109, label %then1747, label %endif1748

endif1746:                                        ; preds = %endif1748, %body1743
  %9110 = add i64 %9097, %341
  store i64 %9110, ptr %34, align 8
  br label %loop1742

then1747:                                         ; preds = %then1745
  %9111 = getelementptr i64, ptr %7195, i64 %9097
  store i64 %9104, ptr %9111, align 8
  %9112 = getelementptr i64, ptr %7195, i64 %9099
  store i64 %9102, ptr %9112, align 8
  br label %endif1748

endif1748:                                        ; preds = %then1747, %then1745
  br label %endif1746

loop1749:                                         ; preds = %endif1753, %done1744
  %9113 = load i64, ptr %33, align 8
  %9114 = icmp slt i64 %9113, 32768
  br i1 %9114, label %body1750, label %done1751

body1750:                                         ; preds = %loop1749
  %9115 = xor i64 %9113, 32
  %9116 = icmp sgt i64 %9115, %9113
  br i1 %9116, label %then1752, label %endif1753

done1751:                                         ; preds = %loop1749
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %32, align 8
  br label %loop1756

then1752:                                         ; preds = %body1750
  %9117 = getelementptr i64, ptr %7195, i64 %9113
  %9118 = load i64, ptr %9117, align 8
  %9119 = getelementptr i64, ptr %7195, i64 %9115
  %9120 = load i64, ptr %9119, align 8
  %9121 = and i64 %9113, 16384
  %9122 = icmp eq i64 %9121, 0
  %9123 = icmp sgt i64 %9118, %9120
  %9124 = icmp slt i64 %9118, %9120
  %9125 = select i1 %9122, i1 %9123, i1 %9124
  br i1 %9125, label %then1754, label %endif1755

endif1753:                                        ; preds = %endif1755, %body1750
  %9126 = add i64 %9113, %341
  store i64 %9126, ptr %33, align 8
  br label %loop1749

then1754:                                         ; preds = %then1752
  %9127 = getelementptr i64, ptr %7195, i64 %9113
  store i64 %9120, ptr %9127, align 8
  %9128 = getelementptr i64, ptr %7195, i64 %9115
  store i64 %9118, ptr %9128, align 8
  br label %endif1755

endif1755:                                        ; preds = %then1754, %then1752
  br label %endif1753

loop1756:                                         ; preds = %endif1760, %done1751
  %9129 = load i64, ptr %32, align 8
  %9130 = icmp slt i64 %9129, 32768
  br i1 %9130, label %body1757, label %done1758

body1757:                                         ; preds = %loop1756
  %9131 = xor i64 %9129, 16
  %9132 = icmp sgt i64 %9131, %9129
  br i1 %9132, label %then1759, label %endif1760

done1758:                                         ; preds = %loop1756
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %31, align 8
  br label %loop1763

then1759:                                         ; preds = %body1757
  %9133 = getelementptr i64, ptr %7195, i64 %9129
  %9134 = load i64, ptr %9133, align 8
  %9135 = getelementptr i64, ptr %7195, i64 %9131
  %9136 = load i64, ptr %9135, align 8
  %9137 = and i64 %9129, 16384
  %9138 = icmp eq i64 %9137, 0
  %9139 = icmp sgt i64 %9134, %9136
  %9140 = icmp slt i64 %9134, %9136
  %9141 = select i1 %9138, i1 %9139, i1 %9140
  br i1 %9141, label %then1761, label %endif1762

endif1760:                                        ; preds = %endif1762, %body1757
  %9142 = add i64 %9129, %341
  store i64 %9142, ptr %32, align 8
  br label %loop1756

then1761:                                         ; preds = %then1759
  %9143 = getelementptr i64, ptr %7195, i64 %9129
  store i64 %9136, ptr %9143, align 8
  %9144 = getelementptr i64, ptr %7195, i64 %9131
  store i64 %9134, ptr %9144, align 8
  br label %endif1762

endif1762:                                        ; preds = %then1761, %then1759
  br label %endif1760

loop1763:                                         ; preds = %endif1767, %done1758
  %9145 = load i64, ptr %31, align 8
  %9146 = icmp slt i64 %9145, 32768
  br i1 %9146, label %body1764, label %done1765

body1764:                                         ; preds = %loop1763
  %9147 = xor i64 %9145, 8
  %9148 = icmp sgt i64 %9147, %9145
  br i1 %9148, label %then1766, label %endif1767

done1765:                                         ; preds = %loop1763
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %30, align 8
  br label %loop1770

then1766:                                         ; preds = %body1764
  %9149 = getelementptr i64, ptr %7195, i64 %9145
  %9150 = load i64, ptr %9149, align 8
  %9151 = getelementptr i64, ptr %7195, i64 %9147
  %9152 = load i64, ptr %9151, align 8
  %9153 = and i64 %9145, 16384
  %9154 = icmp eq i64 %9153, 0
  %9155 = icmp sgt i64 %9150, %9152
  %9156 = icmp slt i64 %9150, %9152
  %9157 = select i1 %9154, i1 %9155, i1 %9156
  br i1 %9157, label %then1768, label %endif1769

endif1767:                                        ; preds = %endif1769, %body1764
  %9158 = add i64 %9145, %341
  store i64 %9158, ptr %31, align 8
  br label %loop1763

then1768:                                         ; preds = %then1766
  %9159 = getelementptr i64, ptr %7195, i64 %9145
  store i64 %9152, ptr %9159, align 8
  %9160 = getelementptr i64, ptr %7195, i64 %9147
  store i64 %9150, ptr %9160, align 8
  br label %endif1769

endif1769:                                        ; preds = %then1768, %then1766
  br label %endif1767

loop1770:                                         ; preds = %endif1774, %done1765
  %9161 = load i64, ptr %30, align 8
  %9162 = icmp slt i64 %9161, 32768
  br i1 %9162, label %body1771, label %done1772

body1771:                                         ; preds = %loop1770
  %9163 = xor i64 %9161, 4
  %9164 = icmp sgt i64 %9163, %9161
  br i1 %9164, label %then1773, label %endif1774

done1772:                                         ; preds = %loop1770
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %29, align 8
  br label %loop1777

then1773:                                         ; preds = %body1771
  %9165 = getelementptr i64, ptr %7195, i64 %9161
  %9166 = load i64, ptr %9165, align 8
  %9167 = getelementptr i64, ptr %7195, i64 %9163
  %9168 = load i64, ptr %9167, align 8
  %9169 = and i64 %9161, 16384
  %9170 = icmp eq i64 %9169, 0
  %9171 = icmp sgt i64 %9166, %9168
  %9172 = icmp slt i64 %9166, %9168
  %9173 = select i1 %9170, i1 %9171, i1 %9172
  br i1 %9173, label %then1775, label %endif1776

endif1774:                                        ; preds = %endif1776, %body1771
  %9174 = add i64 %9161, %341
  store i64 %9174, ptr %30, align 8
  br label %loop1770

then1775:                                         ; preds = %then1773
  %9175 = getelementptr i64, ptr %7195, i64 %9161
  store i64 %9168, ptr %9175, align 8
  %9176 = getelementptr i64, ptr %7195, i64 %9163
  store i64 %9166, ptr %9176, align 8
  br label %endif1776

endif1776:                                        ; preds = %then1775, %then1773
  br label %endif1774

loop1777:                                         ; preds = %endif1781, %done1772
  %9177 = load i64, ptr %29, align 8
  %9178 = icmp slt i64 %9177, 32768
  br i1 %9178, label %body1778, label %done1779

body1778:                                         ; preds = %loop1777
  %9179 = xor i64 %9177, 2
  %9180 = icmp sgt i64 %9179, %9177
  br i1 %9180, label %then1780, label %endif1781

done1779:                                         ; preds = %loop1777
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %28, align 8
  br label %loop1784

then1780:                                         ; preds = %body1778
  %9181 = getelementptr i64, ptr %7195, i64 %9177
  %9182 = load i64, ptr %9181, align 8
  %9183 = getelementptr i64, ptr %7195, i64 %9179
  %9184 = load i64, ptr %9183, align 8
  %9185 = and i64 %9177, 16384
  %9186 = icmp eq i64 %9185, 0
  %9187 = icmp sgt i64 %9182, %9184
  %9188 = icmp slt i64 %9182, %9184
  %9189 = select i1 %9186, i1 %9187, i1 %9188
  br i1 %9189, label %then1782, label %endif1783

endif1781:                                        ; preds = %endif1783, %body1778
  %9190 = add i64 %9177, %341
  store i64 %9190, ptr %29, align 8
  br label %loop1777

then1782:                                         ; preds = %then1780
  %9191 = getelementptr i64, ptr %7195, i64 %9177
  store i64 %9184, ptr %9191, align 8
  %9192 = getelementptr i64, ptr %7195, i64 %9179
  store i64 %9182, ptr %9192, align 8
  br label %endif1783

endif1783:                                        ; preds = %then1782, %then1780
  br label %endif1781

loop1784:                                         ; preds = %endif1788, %done1779
  %9193 = load i64, ptr %28, align 8
  %9194 = icmp slt i64 %9193, 32768
  br i1 %9194, label %body1785, label %done1786

body1785:                                         ; preds = %loop1784
  %9195 = xor i64 %9193, 1
  %9196 = icmp sgt i64 %9195, %9193
  br i1 %9196, label %then1787, label %endif1788

done1786:                                         ; preds = %loop1784
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %27, align 8
  br label %loop1791

then1787:                                         ; preds = %body1785
  %9197 = getelementptr i64, ptr %7195, i64 %9193
  %9198 = load i64, ptr %9197, align 8
  %9199 = getelementptr i64, ptr %7195, i64 %9195
  %9200 = load i64, ptr %9199, align 8
  %9201 = and i64 %9193, 16384
  %9202 = icmp eq i64 %9201, 0
  %9203 = icmp sgt i64 %9198, %9200
  %9204 = icmp slt i64 %9198, %9200
  %9205 = select i1 %9202, i1 %9203, i1 %9204
  br i1 %9205, label %then1789, label %endif1790

endif1788:                                        ; preds = %endif1790, %body1785
  %9206 = add i64 %9193, %341
  store i64 %9206, ptr %28, align 8
  br label %loop1784

then1789:                                         ; preds = %then1787
  %9207 = getelementptr i64, ptr %7195, i64 %9193
  store i64 %9200, ptr %9207, align 8
  %9208 = getelementptr i64, ptr %7195, i64 %9195
  store i64 %9198, ptr %9208, align 8
  br label %endif1790

endif1790:                                        ; preds = %then1789, %then1787
  br label %endif1788

loop1791:                                         ; preds = %endif1795, %done1786
  %9209 = load i64, ptr %27, align 8
  %9210 = icmp slt i64 %9209, 32768
  br i1 %9210, label %body1792, label %done1793

body1792:                                         ; preds = %loop1791
  %9211 = xor i64 %9209, 16384
  %9212 = icmp sgt i64 %9211, %9209
  br i1 %9212, label %then1794, label %endif1795

done1793:                                         ; preds = %loop1791
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %26, align 8
  br label %loop1798

then1794:                                         ; preds = %body1792
  %9213 = getelementptr i64, ptr %7195, i64 %9209
  %9214 = load i64, ptr %9213, align 8
  %9215 = getelementptr i64, ptr %7195, i64 %9211
  %9216 = load i64, ptr %9215, align 8
  %9217 = and i64 %9209, 32768
  %9218 = icmp eq i64 %9217, 0
  %9219 = icmp sgt i64 %9214, %9216
  %9220 = icmp slt i64 %9214, %9216
  %9221 = select i1 %9218, i1 %9219, i1 %9220
  br i1 %9221, label %then1796, label %endif1797

endif1795:                                        ; preds = %endif1797, %body1792
  %9222 = add i64 %9209, %341
  store i64 %9222, ptr %27, align 8
  br label %loop1791

then1796:                                         ; preds = %then1794
  %9223 = getelementptr i64, ptr %7195, i64 %9209
  store i64 %9216, ptr %9223, align 8
  %9224 = getelementptr i64, ptr %7195, i64 %9211
  store i64 %9214, ptr %9224, align 8
  br label %endif1797

endif1797:                                        ; preds = %then1796, %then1794
  br label %endif1795

loop1798:                                         ; preds = %endif1802, %done1793
  %9225 = load i64, ptr %26, align 8
  %9226 = icmp slt i64 %9225, 32768
  br i1 %9226, label %body1799, label %done1800

body1799:                                         ; preds = %loop1798
  %9227 = xor i64 %9225, 8192
  %9228 = icmp sgt i64 %9227, %9225
  br i1 %9228, label %then1801, label %endif1802

done1800:                                         ; preds = %loop1798
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %25, align 8
  br label %loop1805

then1801:                                         ; preds = %body1799
  %9229 = getelementptr i64, ptr %7195, i64 %9225
  %9230 = load i64, ptr %9229, align 8
  %9231 = getelementptr i64, ptr %7195, i64 %9227
  %9232 = load i64, ptr %9231, align 8
  %9233 = and i64 %9225, 32768
  %9234 = icmp eq i64 %9233, 0
  %9235 = icmp sgt i64 %9230, %9232
  %9236 = icmp slt i64 %9230, %9232
  %9237 = select i1 %9234, i1 %9235, i1 %9236
  br i1 %9237, label %then1803, label %endif1804

endif1802:                                        ; preds = %endif1804, %body1799
  %9238 = add i64 %9225, %341
  store i64 %9238, ptr %26, align 8
  br label %loop1798

then1803:                                         ; preds = %then1801
  %9239 = getelementptr i64, ptr %7195, i64 %9225
  store i64 %9232, ptr %9239, align 8
  %9240 = getelementptr i64, ptr %7195, i64 %9227
  store i64 %9230, ptr %9240, align 8
  br label %endif1804

endif1804:                                        ; preds = %then1803, %then1801
  br label %endif1802

loop1805:                                         ; preds = %endif1809, %done1800
  %9241 = load i64, ptr %25, align 8
  %9242 = icmp slt i64 %9241, 32768
  br i1 %9242, label %body1806, label %done1807

body1806:                                         ; preds = %loop1805
  %9243 = xor i64 %9241, 4096
  %9244 = icmp sgt i64 %9243, %9241
  br i1 %9244, label %then1808, label %endif1809

done1807:                                         ; preds = %loop1805
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %24, align 8
  br label %loop1812

then1808:                                         ; preds = %body1806
  %9245 = getelementptr i64, ptr %7195, i64 %9241
  %9246 = load i64, ptr %9245, align 8
  %9247 = getelementptr i64, ptr %7195, i64 %9243
  %9248 = load i64, ptr %9247, align 8
  %9249 = and i64 %9241, 32768
  %9250 = icmp eq i64 %9249, 0
  %9251 = icmp sgt i64 %9246, %9248
  %9252 = icmp slt i64 %9246, %9248
  %9253 = select i1 %9250, i1 %9251, i1 %9252
  br i1 %9253, label %then1810, label %endif1811

endif1809:                                        ; preds = %endif1811, %body1806
  %9254 = add i64 %9241, %341
  store i64 %9254, ptr %25, align 8
  br label %loop1805

then1810:                                         ; preds = %then1808
  %9255 = getelementptr i64, ptr %7195, i64 %9241
  store i64 %9248, ptr %9255, align 8
  %9256 = getelementptr i64, ptr %7195, i64 %9243
  store i64 %9246, ptr %9256, align 8
  br label %endif1811

endif1811:                                        ; preds = %then1810, %then1808
  br label %endif1809

loop1812:                                         ; preds = %endif1816, %done1807
  %9257 = load i64, ptr %24, align 8
  %9258 = icmp slt i64 %9257, 32768
  br i1 %9258, label %body1813, label %done1814

body1813:                                         ; preds = %loop1812
  %9259 = xor i64 %9257, 2048
  %9260 = icmp sgt i64 %9259, %9257
  br i1 %9260, label %then1815, label %endif1816

done1814:                                         ; preds = %loop1812
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %23, align 8
  br label %loop1819

then1815:                                         ; preds = %body1813
  %9261 = getelementptr i64, ptr %7195, i64 %9257
  %9262 = load i64, ptr %9261, align 8
  %9263 = getelementptr i64, ptr %7195, i64 %9259
  %9264 = load i64, ptr %9263, align 8
  %9265 = and i64 %9257, 32768
  %9266 = icmp eq i64 %9265, 0
  %9267 = icmp sgt i64 %9262, %9264
  %9268 = icmp slt i64 %9262, %9264
  %9269 = select i1 %9266, i1 %9267, i1 %9268
  br i1 %9269, label %then1817, label %endif1818

endif1816:                                        ; preds = %endif1818, %body1813
  %9270 = add i64 %9257, %341
  store i64 %9270, ptr %24, align 8
  br label %loop1812

then1817:                                         ; preds = %then1815
  %9271 = getelementptr i64, ptr %7195, i64 %9257
  store i64 %9264, ptr %9271, align 8
  %9272 = getelementptr i64, ptr %7195, i64 %9259
  store i64 %9262, ptr %9272, align 8
  br label %endif1818

endif1818:                                        ; preds = %then1817, %then1815
  br label %endif1816

loop1819:                                         ; preds = %endif1823, %done1814
  %9273 = load i64, ptr %23, align 8
  %9274 = icmp slt i64 %9273, 32768
  br i1 %9274, label %body1820, label %done1821

body1820:                                         ; preds = %loop1819
  %9275 = xor i64 %9273, 1024
  %9276 = icmp sgt i64 %9275, %9273
  br i1 %9276, label %then1822, label %endif1823

done1821:                                         ; preds = %loop1819
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %22, align 8
  br label %loop1826

then1822:                                         ; preds = %body1820
  %9277 = getelementptr i64, ptr %7195, i64 %9273
  %9278 = load i64, ptr %9277, align 8
  %9279 = getelementptr i64, ptr %7195, i64 %9275
  %9280 = load i64, ptr %9279, align 8
  %9281 = and i64 %9273, 32768
  %9282 = icmp eq i64 %9281, 0
  %9283 = icmp sgt i64 %9278, %9280
  %9284 = icmp slt i64 %9278, %9280
  %9285 = select i1 %9282, i1 %9283, i1 %9284
  br i1 %9285, label %then1824, label %endif1825

endif1823:                                        ; preds = %endif1825, %body1820
  %9286 = add i64 %9273, %341
  store i64 %9286, ptr %23, align 8
  br label %loop1819

then1824:                                         ; preds = %then1822
  %9287 = getelementptr i64, ptr %7195, i64 %9273
  store i64 %9280, ptr %9287, align 8
  %9288 = getelementptr i64, ptr %7195, i64 %9275
  store i64 %9278, ptr %9288, align 8
  br label %endif1825

endif1825:                                        ; preds = %then1824, %then1822
  br label %endif1823

loop1826:                                         ; preds = %endif1830, %done1821
  %9289 = load i64, ptr %22, align 8
  %9290 = icmp slt i64 %9289, 32768
  br i1 %9290, label %body1827, label %done1828

body1827:                                         ; preds = %loop1826
  %9291 = xor i64 %9289, 512
  %9292 = icmp sgt i64 %9291, %9289
  br i1 %9292, label %then1829, label %endif1830

done1828:                                         ; preds = %loop1826
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %21, align 8
  br label %loop1833

then1829:                                         ; preds = %body1827
  %9293 = getelementptr i64, ptr %7195, i64 %9289
  %9294 = load i64, ptr %9293, align 8
  %9295 = getelementptr i64, ptr %7195, i64 %9291
  %9296 = load i64, ptr %9295, align 8
  %9297 = and i64 %9289, 32768
  %9298 = icmp eq i64 %9297, 0
  %9299 = icmp sgt i64 %9294, %9296
  %9300 = icmp slt i64 %9294, %9296
  %9301 = select i1 %9298, i1 %9299, i1 %9300
  br i1 %9301, label %then1831, label %endif1832

endif1830:                                        ; preds = %endif1832, %body1827
  %9302 = add i64 %9289, %341
  store i64 %9302, ptr %22, align 8
  br label %loop1826

then1831:                                         ; preds = %then1829
  %9303 = getelementptr i64, ptr %7195, i64 %9289
  store i64 %9296, ptr %9303, align 8
  %9304 = getelementptr i64, ptr %7195, i64 %9291
  store i64 %9294, ptr %9304, align 8
  br label %endif1832

endif1832:                                        ; preds = %then1831, %then1829
  br label %endif1830

loop1833:                                         ; preds = %endif1837, %done1828
  %9305 = load i64, ptr %21, align 8
  %9306 = icmp slt i64 %9305, 32768
  br i1 %9306, label %body1834, label %done1835

body1834:                                         ; preds = %loop1833
  %9307 = xor i64 %9305, 256
  %9308 = icmp sgt i64 %9307, %9305
  br i1 %9308, label %then1836, label %endif1837

done1835:                                         ; preds = %loop1833
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %20, align 8
  br label %loop1840

then1836:                                         ; preds = %body1834
  %9309 = getelementptr i64, ptr %7195, i64 %9305
  %9310 = load i64, ptr %9309, align 8
  %9311 = getelementptr i64, ptr %7195, i64 %9307
  %9312 = load i64, ptr %9311, align 8
  %9313 = and i64 %9305, 32768
  %9314 = icmp eq i64 %9313, 0
  %9315 = icmp sgt i64 %9310, %9312
  %9316 = icmp slt i64 %9310, %9312
  %9317 = select i1 %9314, i1 %9315, i1 %9316
  br i1 %9317, label %then1838, label %endif1839

endif1837:                                        ; preds = %endif1839, %body1834
  %9318 = add i64 %9305, %341
  store i64 %9318, ptr %21, align 8
  br label %loop1833

then1838:                                         ; preds = %then1836
  %9319 = getelementptr i64, ptr %7195, i64 %9305
  store i64 %9312, ptr %9319, align 8
  %9320 = getelementptr i64, ptr %7195, i64 %9307
  store i64 %9310, ptr %9320, align 8
  br label %endif1839

endif1839:                                        ; preds = %then1838, %then1836
  br label %endif1837

loop1840:                                         ; preds = %endif1844, %done1835
  %9321 = load i64, ptr %20, align 8
  %9322 = icmp slt i64 %9321, 32768
  br i1 %9322, label %body1841, label %done1842

body1841:                                         ; preds = %loop1840
  %9323 = xor i64 %9321, 128
  %9324 = icmp sgt i64 %9323, %9321
  br i1 %9324, label %then1843, label %endif1844

done1842:                                         ; preds = %loop1840
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %19, align 8
  br label %loop1847

then1843:                                         ; preds = %body1841
  %9325 = getelementptr i64, ptr %7195, i64 %9321
  %9326 = load i64, ptr %9325, align 8
  %9327 = getelementptr i64, ptr %7195, i64 %9323
  %9328 = load i64, ptr %9327, align 8
  %9329 = and i64 %9321, 32768
  %9330 = icmp eq i64 %9329, 0
  %9331 = icmp sgt i64 %9326, %9328
  %9332 = icmp slt i64 %9326, %9328
  %9333 = select i1 %9330, i1 %9331, i1 %9332
  br i1 %9333, label %then1845, label %endif1846

endif1844:                                        ; preds = %endif1846, %body1841
  %9334 = add i64 %9321, %341
  store i64 %9334, ptr %20, align 8
  br label %loop1840

then1845:                                         ; preds = %then1843
  %9335 = getelementptr i64, ptr %7195, i64 %9321
  store i64 %9328, ptr %9335, align 8
  %9336 = getelementptr i64, ptr %7195, i64 %9323
  store i64 %9326, ptr %9336, align 8
  br label %endif1846

endif1846:                                        ; preds = %then1845, %then1843
  br label %endif1844

loop1847:                                         ; preds = %endif1851, %done1842
  %9337 = load i64, ptr %19, align 8
  %9338 = icmp slt i64 %9337, 32768
  br i1 %9338, label %body1848, label %done1849

body1848:                                         ; preds = %loop1847
  %9339 = xor i64 %9337, 64
  %9340 = icmp sgt i64 %9339, %9337
  br i1 %9340, label %then1850, label %endif1851

done1849:                                         ; preds = %loop1847
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %18, align 8
  br label %loop1854

then1850:                                         ; preds = %body1848
  %9341 = getelementptr i64, ptr %7195, i64 %9337
  %9342 = load i64, ptr %9341, align 8
  %9343 = getelementptr i64, ptr %7195, i64 %9339
  %9344 = load i64, ptr %9343, align 8
  %9345 = and i64 %9337, 32768
  %9346 = icmp eq i64 %9345, 0
  %9347 = icmp sgt i64 %9342, %9344
  %9348 = icmp slt i64 %9342, %9344
  %9349 = select i1 %9346, i1 %9347, i1 %9348
  br i1 %9349, label %then1852, label %endif1853

endif1851:                                        ; preds = %endif1853, %body1848
  %9350 = add i64 %9337, %341
  store i64 %9350, ptr %19, align 8
  br label %loop1847

then1852:                                         ; preds = %then1850
  %9351 = getelementptr i64, ptr %7195, i64 %9337
  store i64 %9344, ptr %9351, align 8
  %9352 = getelementptr i64, ptr %7195, i64 %9339
  store i64 %9342, ptr %9352, align 8
  br label %endif1853

endif1853:                                        ; preds = %then1852, %then1850
  br label %endif1851

loop1854:                                         ; preds = %endif1858, %done1849
  %9353 = load i64, ptr %18, align 8
  %9354 = icmp slt i64 %9353, 32768
  br i1 %9354, label %body1855, label %done1856

body1855:                                         ; preds = %loop1854
  %9355 = xor i64 %9353, 32
  %9356 = icmp sgt i64 %9355, %9353
  br i1 %9356, label %then1857, label %endif1858

done1856:                                         ; preds = %loop1854
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %17, align 8
  br label %loop1861

then1857:                                         ; preds = %body1855
  %9357 = getelementptr i64, ptr %7195, i64 %9353
  %9358 = load i64, ptr %9357, align 8
  %9359 = getelementptr i64, ptr %7195, i64 %9355
  %9360 = load i64, ptr %9359, align 8
  %9361 = and i64 %9353, 32768
  %9362 = icmp eq i64 %9361, 0
  %9363 = icmp sgt i64 %9358, %9360
  %9364 = icmp slt i64 %9358, %9360
  %9365 = select i1 %9362, i1 %9363, i1 %9364
  br i1 %9365, label %then1859, label %endif1860

endif1858:                                        ; preds = %endif1860, %body1855
  %9366 = add i64 %9353, %341
  store i64 %9366, ptr %18, align 8
  br label %loop1854

then1859:                                         ; preds = %then1857
  %9367 = getelementptr i64, ptr %7195, i64 %9353
  store i64 %9360, ptr %9367, align 8
  %9368 = getelementptr i64, ptr %7195, i64 %9355
  store i64 %9358, ptr %9368, align 8
  br label %endif1860

endif1860:                                        ; preds = %then1859, %then1857
  br label %endif1858

loop1861:                                         ; preds = %endif1865, %done1856
  %9369 = load i64, ptr %17, align 8
  %9370 = icmp slt i64 %9369, 32768
  br i1 %9370, label %body1862, label %done1863

body1862:                                         ; preds = %loop1861
  %9371 = xor i64 %9369, 16
  %9372 = icmp sgt i64 %9371, %9369
  br i1 %9372, label %then1864, label %endif1865

done1863:                                         ; preds = %loop1861
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %16, align 8
  br label %loop1868

then1864:                                         ; preds = %body1862
  %9373 = getelementptr i64, ptr %7195, i64 %9369
  %9374 = load i64, ptr %9373, align 8
  %9375 = getelementptr i64, ptr %7195, i64 %9371
  %9376 = load i64, ptr %9375, align 8
  %9377 = and i64 %9369, 32768
  %9378 = icmp eq i64 %9377, 0
  %9379 = icmp sgt i64 %9374, %9376
  %9380 = icmp slt i64 %9374, %9376
  %9381 = select i1 %9378, i1 %9379, i1 %9380
  br i1 %9381, label %then1866, label %endif1867

endif1865:                                        ; preds = %endif1867, %body1862
  %9382 = add i64 %9369, %341
  store i64 %9382, ptr %17, align 8
  br label %loop1861

then1866:                                         ; preds = %then1864
  %9383 = getelementptr i64, ptr %7195, i64 %9369
  store i64 %9376, ptr %9383, align 8
  %9384 = getelementptr i64, ptr %7195, i64 %9371
  store i64 %9374, ptr %9384, align 8
  br label %endif1867

endif1867:                                        ; preds = %then1866, %then1864
  br label %endif1865

loop1868:                                         ; preds = %endif1872, %done1863
  %9385 = load i64, ptr %16, align 8
  %9386 = icmp slt i64 %9385, 32768
  br i1 %9386, label %body1869, label %done1870

body1869:                                         ; preds = %loop1868
  %9387 = xor i64 %9385, 8
  %9388 = icmp sgt i64 %9387, %9385
  br i1 %9388, label %then1871, label %endif1872

done1870:                                         ; preds = %loop1868
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %15, align 8
  br label %loop1875

then1871:                                         ; preds = %body1869
  %9389 = getelementptr i64, ptr %7195, i64 %9385
  %9390 = load i64, ptr %9389, align 8
  %9391 = getelementptr i64, ptr %7195, i64 %9387
  %9392 = load i64, ptr %9391, align 8
  %9393 = and i64 %9385, 32768
  %9394 = icmp eq i64 %9393, 0
  %9395 = icmp sgt i64 %9390, %9392
  %9396 = icmp slt i64 %9390, %9392
  %9397 = select i1 %9394, i1 %9395, i1 %9396
  br i1 %9397, label %then1873, label %endif1874

endif1872:                                        ; preds = %endif1874, %body1869
  %9398 = add i64 %9385, %341
  store i64 %9398, ptr %16, align 8
  br label %loop1868

then1873:                                         ; preds = %then1871
  %9399 = getelementptr i64, ptr %7195, i64 %9385
  store i64 %9392, ptr %9399, align 8
  %9400 = getelementptr i64, ptr %7195, i64 %9387
  store i64 %9390, ptr %9400, align 8
  br label %endif1874

endif1874:                                        ; preds = %then1873, %then1871
  br label %endif1872

loop1875:                                         ; preds = %endif1879, %done1870
  %9401 = load i64, ptr %15, align 8
  %9402 = icmp slt i64 %9401, 32768
  br i1 %9402, label %body1876, label %done1877

body1876:                                         ; preds = %loop1875
  %9403 = xor i64 %9401, 4
  %9404 = icmp sgt i64 %9403, %9401
  br i1 %9404, label %then1878, label %endif1879

done1877:                                         ; preds = %loop1875
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %14, align 8
  br label %loop1882

then1878:                                         ; preds = %body1876
  %9405 = getelementptr i64, ptr %7195, i64 %9401
  %9406 = load i64, ptr %9405, align 8
  %9407 = getelementptr i64, ptr %7195, i64 %9403
  %9408 = load i64, ptr %9407, align 8
  %9409 = and i64 %9401, 32768
  %9410 = icmp eq i64 %9409, 0
  %9411 = icmp sgt i64 %9406, %9408
  %9412 = icmp slt i64 %9406, %9408
  %9413 = select i1 %9410, i1 %9411, i1 %9412
  br i1 %9413, label %then1880, label %endif1881

endif1879:                                        ; preds = %endif1881, %body1876
  %9414 = add i64 %9401, %341
  store i64 %9414, ptr %15, align 8
  br label %loop1875

then1880:                                         ; preds = %then1878
  %9415 = getelementptr i64, ptr %7195, i64 %9401
  store i64 %9408, ptr %9415, align 8
  %9416 = getelementptr i64, ptr %7195, i64 %9403
  store i64 %9406, ptr %9416, align 8
  br label %endif1881

endif1881:                                        ; preds = %then1880, %then1878
  br label %endif1879

loop1882:                                         ; preds = %endif1886, %done1877
  %9417 = load i64, ptr %14, align 8
  %9418 = icmp slt i64 %9417, 32768
  br i1 %9418, label %body1883, label %done1884

body1883:                                         ; preds = %loop1882
  %9419 = xor i64 %9417, 2
  %9420 = icmp sgt i64 %9419, %9417
  br i1 %9420, label %then1885, label %endif1886

done1884:                                         ; preds = %loop1882
  call void @llvm.nvvm.barrier0()
  store i64 %337, ptr %13, align 8
  br label %loop1889

then1885:                                         ; preds = %body1883
  %9421 = getelementptr i64, ptr %7195, i64 %9417
  %9422 = load i64, ptr %9421, align 8
  %9423 = getelementptr i64, ptr %7195, i64 %9419
  %9424 = load i64, ptr %9423, align 8
  %9425 = and i64 %9417, 32768
  %9426 = icmp eq i64 %9425, 0
  %9427 = icmp sgt i64 %9422, %9424
  %9428 = icmp slt i64 %9422, %9424
  %9429 = select i1 %9426, i1 %9427, i1 %9428
  br i1 %9429, label %then1887, label %endif1888

endif1886:                                        ; preds = %endif1888, %body1883
  %9430 = add i64 %9417, %341
  store i64 %9430, ptr %14, align 8
  br label %loop1882

then1887:                                         ; preds = %then1885
  %9431 = getelementptr i64, ptr %7195, i64 %9417
  store i64 %9424, ptr %9431, align 8
  %9432 = getelementptr i64, ptr %7195, i64 %9419
  store i64 %9422, ptr %9432, align 8
  br label %endif1888

endif1888:                                        ; preds = %then1887, %then1885
  br label %endif1886

loop1889:                                         ; preds = %endif1893, %done1884
  %9433 = load i64, ptr %13, align 8
  %9434 = icmp slt i64 %9433, 32768
  br i1 %9434, label %body1890, label %done1891

body1890:                                         ; preds = %loop1889
  %9435 = xor i64 %9433, 1
  %9436 = icmp sgt i64 %9435, %9433
  br i1 %9436, label %then1892, label %endif1893

done1891:                                         ; preds = %loop1889
  call void @llvm.nvvm.barrier0()
  %9437 = icmp eq i64 %337, 0
  br i1 %9437, label %then1896, label %endif1897

then1892:                                         ; preds = %body1890
  %9438 = getelementptr i64, ptr %7195, i64 %9433
  %9439 = load i64, ptr %9438, align 8
  %9440 = getelementptr i64, ptr %7195, i64 %9435
  %9441 = load i64, ptr %9440, align 8
  %9442 = and i64 %9433, 32768
  %9443 = icmp eq i64 %9442, 0
  %9444 = icmp sgt i64 %9439, %9441
  %9445 = icmp slt i64 %9439, %9441
  %9446 = select i1 %9443, i1 %9444, i1 %9445
  br i1 %9446, label %then1894, label %endif1895

endif1893:                                        ; preds = %endif1895, %body1890
  %9447 = add i64 %9433, %341
  store i64 %9447, ptr %13, align 8
  br label %loop1889

then1894:                                         ; preds = %then1892
  %9448 = getelementptr i64, ptr %7195, i64 %9433
  store i64 %9441, ptr %9448, align 8
  %9449 = getelementptr i64, ptr %7195, i64 %9435
  store i64 %9439, ptr %9449, align 8
  br label %endif1895

endif1895:                                        ; preds = %then1894, %then1892
  br label %endif1893

then1896:                                         ; preds = %done1891
  %9450 = getelementptr i32, ptr %7170, i64 0
  %9451 = load i32, ptr %9450, align 4
  %9452 = getelementptr float, ptr %7174, i64 0
  %9453 = load float, ptr %9452, align 4
  %9454 = getelementptr i32, ptr %7178, i64 0
  %9455 = load i32, ptr %9454, align 4
  %9456 = getelementptr i32, ptr %7182, i64 0
  %9457 = load i32, ptr %9456, align 4
  %9458 = getelementptr i32, ptr %7186, i64 0
  %9459 = load i32, ptr %9458, align 4
  %9460 = getelementptr i32, ptr %7189, i64 0
  %9461 = load i32, ptr %9460, align 4
  %9462 = call i32 @fractal_sample_finish(ptr %7192, ptr %7195, i64 32000, i32 %9451, float %9453, i32 %9455, i32 %9457, i32 %9459, i32 %9461)
  %9463 = getelementptr i32, ptr %7159, i64 0
  store i32 %9462, ptr %9463, align 4
  br label %endif1897

endif1897:                                        ; preds = %then1896, %done1891
  br label %endif1049

then1898:                                         ; preds = %else1048
  %9464 = call i32 @fractal_argmax(ptr %7162, i64 32000)
  %9465 = getelementptr i32, ptr %7159, i64 0
  store i32 %9464, ptr %9465, align 4
  br label %endif1899

endif1899:                                        ; preds = %then1898, %else1048
  br label %endif1049

then1900:                                         ; preds = %endif988
  %9466 = getelementptr i32, ptr %349, i64 2
  %9467 = cmpxchg ptr %9466, i32 0, i32 1 seq_cst seq_cst, align 4
  %9468 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 157, ptr %9468 monotonic, align 4
  br label %endif1901

endif1901:                                        ; preds = %then1900, %endif988
  %9469 = sub i64 %7224, 1
  %9470 = icmp slt i64 %7230, %9469
  %9471 = select i1 %9470, i64 %7230, i64 %9469
  %9472 = icmp slt i64 0, %9471
  %9473 = select i1 %9472, i64 %9471, i64 0
  %9474 = mul i64 %9473, 1
  %9475 = getelementptr i32, ptr %7216, i64 %9474
  %9476 = mul i64 %7150, %359
  %9477 = getelementptr i8, ptr %356, i64 %9476
  %9478 = getelementptr i8, ptr %9477, i64 0
  store i64 %337, ptr %12, align 8
  br label %loop1902

loop1902:                                         ; preds = %body1903, %endif1901
  %9479 = load i64, ptr %12, align 8
  %9480 = icmp slt i64 %9479, 1
  br i1 %9480, label %body1903, label %done1904

body1903:                                         ; preds = %loop1902
  %9481 = getelementptr i32, ptr %7209, i64 0
  %9482 = load i32, ptr %9481, align 4
  %9483 = icmp ne i32 %9482, 0
  %9484 = getelementptr i32, ptr %9475, i64 0
  %9485 = load i32, ptr %9484, align 4
  %9486 = getelementptr i32, ptr %9478, i64 0
  %9487 = load i32, ptr %9486, align 4
  %9488 = select i1 %9483, i32 %9485, i32 %9487
  %9489 = getelementptr i32, ptr %7206, i64 %9479
  store i32 %9488, ptr %9489, align 4
  %9490 = add i64 %9479, %341
  store i64 %9490, ptr %12, align 8
  br label %loop1902

done1904:                                         ; preds = %loop1902
  call void @llvm.nvvm.barrier0()
  %9491 = mul i64 %7150, %359
  %9492 = getelementptr i8, ptr %356, i64 %9491
  %9493 = getelementptr i8, ptr %9492, i64 32
  %9494 = mul i64 %7150, %359
  %9495 = getelementptr i8, ptr %356, i64 %9494
  %9496 = getelementptr i8, ptr %9495, i64 672
  %9497 = mul i64 %7150, %359
  %9498 = getelementptr i8, ptr %356, i64 %9497
  %9499 = getelementptr i8, ptr %9498, i64 752
  %9500 = mul i64 %7150, %359
  %9501 = getelementptr i8, ptr %356, i64 %9500
  %9502 = getelementptr i8, ptr %9501, i64 16
  %9503 = mul i64 %7150, %359
  %9504 = getelementptr i8, ptr %356, i64 %9503
  %9505 = getelementptr i8, ptr %9504, i64 640
  %9506 = mul i64 %7150, %359
  %9507 = getelementptr i8, ptr %356, i64 %9506
  %9508 = getelementptr i8, ptr %9507, i64 736
  %9509 = mul i64 %7150, %359
  %9510 = getelementptr i8, ptr %356, i64 %9509
  %9511 = getelementptr i8, ptr %9510, i64 704
  %9512 = mul i64 %7150, %359
  %9513 = getelementptr i8, ptr %356, i64 %9512
  %9514 = getelementptr i8, ptr %9513, i64 640
  %9515 = getelementptr i64, ptr %0, i64 1
  %9516 = load i64, ptr %9515, align 8
  %9517 = inttoptr i64 %9516 to ptr
  %9518 = getelementptr i32, ptr %9517, i64 5
  %9519 = mul i64 %7150, %359
  %9520 = getelementptr i8, ptr %356, i64 %9519
  %9521 = getelementptr i8, ptr %9520, i64 720
  %9522 = mul i64 %7150, %359
  %9523 = getelementptr i8, ptr %356, i64 %9522
  %9524 = getelementptr i8, ptr %9523, i64 640
  store i64 %337, ptr %11, align 8
  br label %loop1905

loop1905:                                         ; preds = %body1906, %done1904
  %9525 = load i64, ptr %11, align 8
  %9526 = icmp slt i64 %9525, 1
  br i1 %9526, label %body1906, label %done1907

body1906:                                         ; preds = %loop1905
  %9527 = getelementptr i32, ptr %9496, i64 0
  %9528 = load i32, ptr %9527, align 4
  %9529 = icmp ne i32 %9528, 0
  %9530 = getelementptr i32, ptr %9499, i64 0
  %9531 = load i32, ptr %9530, align 4
  %9532 = getelementptr i32, ptr %9502, i64 0
  %9533 = load i32, ptr %9532, align 4
  %9534 = getelementptr i32, ptr %9505, i64 0
  %9535 = load i32, ptr %9534, align 4
  %9536 = icmp eq i32 %9533, %9535
  %9537 = zext i1 %9536 to i32
  %9538 = icmp ne i32 %9537, 0
  %9539 = getelementptr i32, ptr %9508, i64 0
  %9540 = load i32, ptr %9539, align 4
  %9541 = getelementptr i32, ptr %9511, i64 0
  %9542 = load i32, ptr %9541, align 4
  %9543 = getelementptr i32, ptr %9514, i64 0
  %9544 = load i32, ptr %9543, align 4
  %9545 = add i32 %9542, %9544
  %9546 = getelementptr i32, ptr %9518, i64 0
  %9547 = load i32, ptr %9546, align 4
  %9548 = icmp sge i32 %9545, %9547
  %9549 = zext i1 %9548 to i32
  %9550 = icmp ne i32 %9549, 0
  %9551 = getelementptr i32, ptr %9521, i64 0
  %9552 = load i32, ptr %9551, align 4
  %9553 = getelementptr i32, ptr %9524, i64 0
  %9554 = load i32, ptr %9553, align 4
  %9555 = select i1 %9550, i32 %9552, i32 %9554
  %9556 = select i1 %9538, i32 %9540, i32 %9555
  %9557 = select i1 %9529, i32 %9531, i32 %9556
  %9558 = getelementptr i32, ptr %9493, i64 %9525
  store i32 %9557, ptr %9558, align 4
  %9559 = add i64 %9525, %341
  store i64 %9559, ptr %11, align 8
  br label %loop1905

done1907:                                         ; preds = %loop1905
  call void @llvm.nvvm.barrier0()
  br label %endif985

loop1908:                                         ; preds = %endif1912, %done983
  %9560 = load i64, ptr %10, align 8
  %9561 = icmp slt i64 %9560, %346
  br i1 %9561, label %body1909, label %done1910

body1909:                                         ; preds = %loop1908
  %9562 = mul i64 %9560, 8
  %9563 = add i64 %9562, 1
  %9564 = getelementptr i32, ptr %352, i64 %9563
  %9565 = load i32, ptr %9564, align 4
  %9566 = icmp eq i32 %9565, 0
  br i1 %9566, label %then1911, label %endif1912

done1910:                                         ; preds = %loop1908
  store i64 %335, ptr %7, align 8
  br label %loop1923

then1911:                                         ; preds = %body1909
  %9567 = load i64, ptr %333, align 8
  %9568 = mul i64 %9560, %359
  %9569 = getelementptr i8, ptr %356, i64 %9568
  %9570 = getelementptr i8, ptr %9569, i64 4224
  %9571 = mul i64 %9560, %373
  %9572 = add i64 %9571, 0
  %9573 = getelementptr i8, ptr %370, i64 %9572
  %9574 = icmp slt i64 %9567, 512
  br i1 %9574, label %then1913, label %endif1914

endif1912:                                        ; preds = %endif1919, %body1909
  %9575 = add i64 %9560, %339
  store i64 %9575, ptr %10, align 8
  br label %loop1908

then1913:                                         ; preds = %then1911
  %9576 = mul i64 %9567, 1728
  %9577 = getelementptr float, ptr %9573, i64 %9576
  store i64 %337, ptr %9, align 8
  br label %loop1915

endif1914:                                        ; preds = %done1917, %then1911
  %9578 = mul i64 %9560, %359
  %9579 = getelementptr i8, ptr %356, i64 %9578
  %9580 = getelementptr i8, ptr %9579, i64 11136
  %9581 = mul i64 %9560, %373
  %9582 = add i64 %9581, 3538944
  %9583 = getelementptr i8, ptr %370, i64 %9582
  %9584 = icmp slt i64 %9567, 512
  br i1 %9584, label %then1918, label %endif1919

loop1915:                                         ; preds = %body1916, %then1913
  %9585 = load i64, ptr %9, align 8
  %9586 = icmp slt i64 %9585, 1728
  br i1 %9586, label %body1916, label %done1917

body1916:                                         ; preds = %loop1915
  %9587 = getelementptr float, ptr %9570, i64 %9585
  %9588 = load float, ptr %9587, align 4
  %9589 = getelementptr float, ptr %9577, i64 %9585
  store float %9588, ptr %9589, align 4
  %9590 = add i64 %9585, %341
  store i64 %9590, ptr %9, align 8
  br label %loop1915

done1917:                                         ; preds = %loop1915
  br label %endif1914

then1918:                                         ; preds = %endif1914
  %9591 = mul i64 %9567, 1728
  %9592 = getelementptr float, ptr %9583, i64 %9591
  store i64 %337, ptr %8, align 8
  br label %loop1920

endif1919:                                        ; preds = %done1922, %endif1914
  br label %endif1912

loop1920:                                         ; preds = %body1921, %then1918
  %9593 = load i64, ptr %8, align 8
  %9594 = icmp slt i64 %9593, 1728
  br i1 %9594, label %body1921, label %done1922

body1921:                                         ; preds = %loop1920
  %9595 = getelementptr float, ptr %9580, i64 %9593
  %9596 = load float, ptr %9595, align 4
  %9597 = getelementptr float, ptr %9592, i64 %9593
  store float %9596, ptr %9597, align 4
  %9598 = add i64 %9593, %341
  store i64 %9598, ptr %8, align 8
  br label %loop1920

done1922:                                         ; preds = %loop1920
  br label %endif1919

loop1923:                                         ; preds = %endif1927, %done1910
  %9599 = load i64, ptr %7, align 8
  %9600 = icmp slt i64 %9599, %346
  br i1 %9600, label %body1924, label %done1925

body1924:                                         ; preds = %loop1923
  %9601 = mul i64 %9599, 8
  %9602 = add i64 %9601, 1
  %9603 = getelementptr i32, ptr %352, i64 %9602
  %9604 = load i32, ptr %9603, align 4
  %9605 = icmp eq i32 %9604, 0
  br i1 %9605, label %then1926, label %endif1927

done1925:                                         ; preds = %loop1923
  call void @llvm.nvvm.barrier0()
  %9606 = icmp eq i64 %337, 0
  br i1 %9606, label %then1942, label %endif1943

then1926:                                         ; preds = %body1924
  %9607 = icmp eq i64 %337, 0
  br i1 %9607, label %then1928, label %endif1929

endif1927:                                        ; preds = %endif1929, %body1924
  %9608 = add i64 %9599, %339
  store i64 %9608, ptr %7, align 8
  br label %loop1923

then1928:                                         ; preds = %then1926
  %9609 = mul i64 %9599, %359
  %9610 = getelementptr i8, ptr %356, i64 %9609
  %9611 = getelementptr i8, ptr %9610, i64 16
  %9612 = getelementptr i32, ptr %9611, i64 0
  %9613 = load i32, ptr %9612, align 4
  %9614 = mul i64 %9599, %359
  %9615 = getelementptr i8, ptr %356, i64 %9614
  %9616 = getelementptr i8, ptr %9615, i64 32
  %9617 = getelementptr i32, ptr %9616, i64 0
  %9618 = load i32, ptr %9617, align 4
  %9619 = load i64, ptr %333, align 8
  %9620 = icmp sge i64 %9619, 512
  br i1 %9620, label %then1930, label %endif1931

endif1929:                                        ; preds = %endif1941, %then1926
  br label %endif1927

then1930:                                         ; preds = %then1928
  %9621 = getelementptr i32, ptr %349, i64 2
  %9622 = cmpxchg ptr %9621, i32 0, i32 3 seq_cst seq_cst, align 4
  %9623 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 0, ptr %9623 monotonic, align 4
  br label %endif1931

endif1931:                                        ; preds = %then1930, %then1928
  %9624 = icmp sge i64 %9619, 512
  br i1 %9624, label %then1932, label %endif1933

then1932:                                         ; preds = %endif1931
  %9625 = getelementptr i32, ptr %349, i64 2
  %9626 = cmpxchg ptr %9625, i32 0, i32 3 seq_cst seq_cst, align 4
  %9627 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 1, ptr %9627 monotonic, align 4
  br label %endif1933

endif1933:                                        ; preds = %then1932, %endif1931
  %9628 = getelementptr i32, ptr %349, i64 2
  %9629 = load atomic volatile i32, ptr %9628 acquire, align 4
  %9630 = icmp eq i32 %9629, 0
  %9631 = icmp eq i32 %9618, 1
  %9632 = icmp eq i32 %9618, 2
  %9633 = or i1 %9631, %9632
  %9634 = and i1 %9630, %9633
  br i1 %9634, label %then1934, label %endif1935

then1934:                                         ; preds = %endif1933
  %9635 = getelementptr i64, ptr %0, i64 9
  %9636 = load i64, ptr %9635, align 8
  %9637 = inttoptr i64 %9636 to ptr
  %9638 = getelementptr i32, ptr %9637, i64 %9599
  %9639 = load i32, ptr %9638, align 4
  %9640 = getelementptr i64, ptr %0, i64 18
  %9641 = load i64, ptr %9640, align 8
  %9642 = sext i32 %9639 to i64
  %9643 = icmp slt i64 %9642, %9641
  br i1 %9643, label %then1936, label %endif1937

endif1935:                                        ; preds = %endif1937, %endif1933
  %9644 = icmp ugt i32 %9618, 3
  br i1 %9644, label %then1938, label %endif1939

then1936:                                         ; preds = %then1934
  %9645 = getelementptr i64, ptr %0, i64 8
  %9646 = load i64, ptr %9645, align 8
  %9647 = inttoptr i64 %9646 to ptr
  %9648 = mul i64 %9599, %9641
  %9649 = sext i32 %9639 to i64
  %9650 = add i64 %9648, %9649
  %9651 = getelementptr i32, ptr %9647, i64 %9650
  store i32 %9613, ptr %9651, align 4
  fence seq_cst
  %9652 = add i32 %9639, 1
  store atomic volatile i32 %9652, ptr %9638 release, align 4
  br label %endif1937

endif1937:                                        ; preds = %then1936, %then1934
  br label %endif1935

then1938:                                         ; preds = %endif1935
  %9653 = getelementptr i32, ptr %349, i64 2
  %9654 = cmpxchg ptr %9653, i32 0, i32 4 seq_cst seq_cst, align 4
  %9655 = getelementptr i32, ptr %349, i64 3
  store atomic volatile i32 0, ptr %9655 monotonic, align 4
  br label %endif1939

endif1939:                                        ; preds = %then1938, %endif1935
  %9656 = icmp eq i32 %9618, 2
  %9657 = icmp eq i32 %9618, 3
  %9658 = or i1 %9656, %9657
  %9659 = mul i64 %9599, 8
  %9660 = add i64 %9659, 3
  %9661 = getelementptr i32, ptr %352, i64 %9660
  store i32 %9613, ptr %9661, align 4
  %9662 = zext i1 %9658 to i32
  %9663 = mul i64 %9599, 8
  %9664 = add i64 %9663, 4
  %9665 = getelementptr i32, ptr %352, i64 %9664
  store i32 %9662, ptr %9665, align 4
  %9666 = and i1 %9630, %9658
  br i1 %9666, label %then1940, label %endif1941

then1940:                                         ; preds = %endif1939
  %9667 = icmp eq i32 %9618, 2
  %9668 = select i1 %9667, i32 1, i32 2
  %9669 = getelementptr i64, ptr %0, i64 10
  %9670 = load i64, ptr %9669, align 8
  %9671 = inttoptr i64 %9670 to ptr
  %9672 = getelementptr i32, ptr %9671, i64 %9599
  store i32 %9668, ptr %9672, align 4
  %9673 = add i64 %9619, 1
  %9674 = trunc i64 %9673 to i32
  %9675 = mul i64 %9599, 8
  %9676 = add i64 %9675, 5
  %9677 = getelementptr i32, ptr %352, i64 %9676
  store i32 %9674, ptr %9677, align 4
  br label %endif1941

endif1941:                                        ; preds = %then1940, %endif1939
  br label %endif1929

then1942:                                         ; preds = %done1925
  fence syncscope("device") seq_cst
  %9678 = getelementptr i32, ptr %349, i64 1
  %9679 = load atomic i32, ptr %9678 syncscope("device") acquire, align 4
  %9680 = getelementptr i32, ptr %349, i64 0
  %9681 = atomicrmw add ptr %9680, i32 1 syncscope("device") acq_rel, align 4
  %9682 = sext i32 %9681 to i64
  %9683 = sub i64 %339, 1
  %9684 = icmp eq i64 %9682, %9683
  br i1 %9684, label %then1944, label %else1945

endif1943:                                        ; preds = %endif1946, %done1925
  call void @llvm.nvvm.barrier0()
  store i64 %335, ptr %4, align 8
  br label %loop1952

then1944:                                         ; preds = %then1942
  %9685 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %9685 syncscope("device") monotonic, align 4
  %9686 = getelementptr i32, ptr %349, i64 1
  %9687 = atomicrmw add ptr %9686, i32 1 syncscope("device") acq_rel, align 4
  br label %endif1946

else1945:                                         ; preds = %then1942
  store i32 0, ptr %6, align 4
  store i1 true, ptr %5, align 1
  br label %while1947

endif1946:                                        ; preds = %wdone1949, %then1944
  fence syncscope("device") seq_cst
  br label %endif1943

while1947:                                        ; preds = %endif1951, %else1945
  %9688 = getelementptr i32, ptr %349, i64 1
  %9689 = load atomic i32, ptr %9688 syncscope("device") acquire, align 4
  %9690 = icmp eq i32 %9689, %9679
  %9691 = load i1, ptr %5, align 1
  %9692 = and i1 %9690, %9691
  br i1 %9692, label %wbody1948, label %wdone1949

wbody1948:                                        ; preds = %while1947
  call void @llvm.nvvm.nanosleep(i32 64)
  %9693 = load i32, ptr %6, align 4
  %9694 = add i32 %9693, 1
  store i32 %9694, ptr %6, align 4
  %9695 = and i32 %9694, 63
  %9696 = icmp eq i32 %9695, 0
  br i1 %9696, label %then1950, label %endif1951

wdone1949:                                        ; preds = %while1947
  br label %endif1946

then1950:                                         ; preds = %wbody1948
  %9697 = getelementptr i32, ptr %349, i64 2
  %9698 = load atomic volatile i32, ptr %9697 monotonic, align 4
  %9699 = icmp eq i32 %9698, 0
  store i1 %9699, ptr %5, align 1
  br label %endif1951

endif1951:                                        ; preds = %then1950, %wbody1948
  br label %while1947

loop1952:                                         ; preds = %endif1956, %endif1943
  %9700 = load i64, ptr %4, align 8
  %9701 = icmp slt i64 %9700, %346
  br i1 %9701, label %body1953, label %done1954

body1953:                                         ; preds = %loop1952
  %9702 = mul i64 %9700, 8
  %9703 = add i64 %9702, 1
  %9704 = getelementptr i32, ptr %352, i64 %9703
  %9705 = load i32, ptr %9704, align 4
  %9706 = icmp eq i32 %9705, 0
  br i1 %9706, label %then1955, label %endif1956

done1954:                                         ; preds = %loop1952
  call void @llvm.nvvm.barrier0()
  store i64 %335, ptr %3, align 8
  br label %loop1957

then1955:                                         ; preds = %body1953
  br label %endif1956

endif1956:                                        ; preds = %then1955, %body1953
  %9707 = add i64 %9700, %339
  store i64 %9707, ptr %4, align 8
  br label %loop1952

loop1957:                                         ; preds = %endif1961, %done1954
  %9708 = load i64, ptr %3, align 8
  %9709 = icmp slt i64 %9708, %346
  br i1 %9709, label %body1958, label %done1959

body1958:                                         ; preds = %loop1957
  %9710 = mul i64 %9708, 8
  %9711 = add i64 %9710, 1
  %9712 = getelementptr i32, ptr %352, i64 %9711
  %9713 = load i32, ptr %9712, align 4
  %9714 = icmp eq i32 %9713, 0
  br i1 %9714, label %then1960, label %endif1961

done1959:                                         ; preds = %loop1957
  call void @llvm.nvvm.barrier0()
  %9715 = icmp eq i64 %337, 0
  br i1 %9715, label %then1964, label %endif1965

then1960:                                         ; preds = %body1958
  %9716 = icmp eq i64 %337, 0
  br i1 %9716, label %then1962, label %endif1963

endif1961:                                        ; preds = %endif1963, %body1958
  %9717 = add i64 %9708, %339
  store i64 %9717, ptr %3, align 8
  br label %loop1957

then1962:                                         ; preds = %then1960
  %9718 = mul i64 %9708, 8
  %9719 = add i64 %9718, 3
  %9720 = getelementptr i32, ptr %352, i64 %9719
  %9721 = load i32, ptr %9720, align 4
  %9722 = mul i64 %9708, 8
  %9723 = add i64 %9722, 0
  %9724 = getelementptr i32, ptr %352, i64 %9723
  store i32 %9721, ptr %9724, align 4
  %9725 = mul i64 %9708, 8
  %9726 = add i64 %9725, 4
  %9727 = getelementptr i32, ptr %352, i64 %9726
  %9728 = load i32, ptr %9727, align 4
  %9729 = mul i64 %9708, 8
  %9730 = add i64 %9729, 1
  %9731 = getelementptr i32, ptr %352, i64 %9730
  store i32 %9728, ptr %9731, align 4
  %9732 = load i64, ptr %333, align 8
  %9733 = add i64 %9732, 1
  %9734 = trunc i64 %9733 to i32
  %9735 = mul i64 %9708, 8
  %9736 = add i64 %9735, 2
  %9737 = getelementptr i32, ptr %352, i64 %9736
  store i32 %9734, ptr %9737, align 4
  br label %endif1963

endif1963:                                        ; preds = %then1962, %then1960
  br label %endif1961

then1964:                                         ; preds = %done1959
  fence syncscope("device") seq_cst
  %9738 = getelementptr i32, ptr %349, i64 1
  %9739 = load atomic i32, ptr %9738 syncscope("device") acquire, align 4
  %9740 = getelementptr i32, ptr %349, i64 0
  %9741 = atomicrmw add ptr %9740, i32 1 syncscope("device") acq_rel, align 4
  %9742 = sext i32 %9741 to i64
  %9743 = sub i64 %339, 1
  %9744 = icmp eq i64 %9742, %9743
  br i1 %9744, label %then1966, label %else1967

endif1965:                                        ; preds = %endif1968, %done1959
  call void @llvm.nvvm.barrier0()
  %9745 = load i64, ptr %333, align 8
  %9746 = add i64 %9745, 1
  store i64 %9746, ptr %333, align 8
  br label %step

then1966:                                         ; preds = %then1964
  %9747 = getelementptr i32, ptr %349, i64 0
  store atomic i32 0, ptr %9747 syncscope("device") monotonic, align 4
  %9748 = getelementptr i32, ptr %349, i64 1
  %9749 = atomicrmw add ptr %9748, i32 1 syncscope("device") acq_rel, align 4
  br label %endif1968

else1967:                                         ; preds = %then1964
  store i32 0, ptr %2, align 4
  store i1 true, ptr %1, align 1
  br label %while1969

endif1968:                                        ; preds = %wdone1971, %then1966
  fence syncscope("device") seq_cst
  br label %endif1965

while1969:                                        ; preds = %endif1973, %else1967
  %9750 = getelementptr i32, ptr %349, i64 1
  %9751 = load atomic i32, ptr %9750 syncscope("device") acquire, align 4
  %9752 = icmp eq i32 %9751, %9739
  %9753 = load i1, ptr %1, align 1
  %9754 = and i1 %9752, %9753
  br i1 %9754, label %wbody1970, label %wdone1971

wbody1970:                                        ; preds = %while1969
  call void @llvm.nvvm.nanosleep(i32 64)
  %9755 = load i32, ptr %2, align 4
  %9756 = add i32 %9755, 1
  store i32 %9756, ptr %2, align 4
  %9757 = and i32 %9756, 63
  %9758 = icmp eq i32 %9757, 0
  br i1 %9758, label %then1972, label %endif1973

wdone1971:                                        ; preds = %while1969
  br label %endif1968

then1972:                                         ; preds = %wbody1970
  %9759 = getelementptr i32, ptr %349, i64 2
  %9760 = load atomic volatile i32, ptr %9759 monotonic, align 4
  %9761 = icmp eq i32 %9760, 0
  store i1 %9761, ptr %1, align 1
  br label %endif1973

endif1973:                                        ; preds = %then1972, %wbody1970
  br label %while1969
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare noundef i32 @llvm.nvvm.read.ptx.sreg.tid.x() #0

; Function Attrs: convergent nocallback nounwind
declare void @llvm.nvvm.barrier0() #2

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn
declare void @llvm.nvvm.nanosleep(i32) #3

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare float @llvm.nvvm.shfl.sync.down.f32(i32, float, i32, i32) #4

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare float @llvm.nvvm.shfl.sync.idx.f32(i32, float, i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #0

; Function Attrs: convergent nocallback nounwind memory(inaccessiblemem: readwrite)
declare i32 @llvm.nvvm.shfl.sync.down.i32(i32, i32, i32, i32) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { "no-builtins" }
attributes #2 = { convergent nocallback nounwind }
attributes #3 = { convergent nocallback nofree nosync nounwind willreturn }
attributes #4 = { convergent nocallback nounwind memory(inaccessiblemem: readwrite) }

!nvvm.annotations = !{!0}

!0 = !{ptr @fractal_generate, !"maxntidx", i32 512}
